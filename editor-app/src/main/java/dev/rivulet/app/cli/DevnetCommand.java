package dev.rivulet.app.cli;

import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.TokenAmount;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.localnet.DevnetFolder;
import dev.rivulet.wallet.localnet.DevnetProvisioner;
import dev.rivulet.wallet.localnet.DevnetProvisioner.DevnetDeployment;
import dev.rivulet.wallet.localnet.DevnetToolsMissingException;
import dev.rivulet.wallet.localnet.LocalDevnet;
import dev.rivulet.wallet.network.NetworkProfiles;
import dev.rivulet.wallet.network.NetworkStore;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rivulet devnet}: a local Ethereum devnet for trying the wallet and marketplace without real funds.
 * Installs hardhat on first use ({@code npm ci} in resources/devnet), starts it on 127.0.0.1, deploys a DATA
 * token, funds the wallet's accounts (or {@code --fund} addresses) with test ETH and DATA, points the data
 * directory's "Local devnet" network at it, and runs until Ctrl+C.
 */
@Command(
        name = "devnet",
        mixinStandardHelpOptions = true,
        description = {"Run a local Ethereum devnet (hardhat on 127.0.0.1, chain id 31337) with a DATA token,",
                "funding the wallet's accounts with test ETH and DATA. Runs until Ctrl+C. Needs Node.js and npm."})
public final class DevnetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RivuletCommand root;

    @Option(names = "--port", defaultValue = "8545", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--fund", paramLabel = "ADDRESS", description = "Account to fund (repeatable; default: every account of the wallet).")
    List<String> fund = new ArrayList<>();

    @Option(names = "--eth", defaultValue = "100", description = "Test ETH per funded account (default: ${DEFAULT-VALUE}).")
    BigDecimal eth;

    @Option(names = "--data", defaultValue = "10000", description = "Test DATA per funded account (default: ${DEFAULT-VALUE}).")
    BigDecimal data;

    @Option(names = "--devnet-dir", paramLabel = "DIR", description = "The resources/devnet folder (default: found next to the jar or the working directory).")
    Path devnetDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir;
        try {
            dir = devnetDir != null ? devnetDir : DevnetFolder.locate(DevnetCommand.class);
            LocalDevnet.checkTools();
        } catch (DevnetToolsMissingException | IllegalStateException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        Path walletDir = root.dataDirectory().root().resolve("wallet");
        List<Address> accounts = accountsToFund(walletDir);
        Path log = Files.createTempFile("rivulet-hardhat-", ".log");
        if (!LocalDevnet.isInstalled(dir)) {
            out.println("Installing hardhat in " + dir + " (first use; npm ci)...");
            out.flush();
        }
        try (LocalDevnet devnet = LocalDevnet.start(dir, port, log, Duration.ofMinutes(2))) {
            Thread hook = new Thread(devnet::close, "devnet-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            DevnetDeployment deployment = DevnetProvisioner.provision(devnet.rpcUrl(), accounts,
                    TokenAmount.ofDecimal(eth, 18, "ETH").raw(), TokenAmount.ofDecimal(data, 18, "DATA").raw());
            NetworkStore networks = NetworkStore.open(walletDir);
            networks.save(networks.find(NetworkProfiles.LOCAL_DEVNET_NAME).orElseThrow()
                    .withRpcUrl(devnet.rpcUrl()).withDataToken(deployment.dataToken()));
            printSummary(out, deployment, log);
            try {
                int exit = devnet.waitFor();
                err.println("hardhat stopped (exit code " + exit + "); its log: " + log);
                return exit == 0 ? 0 : 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 130;
            } finally {
                removeHook(hook);
            }
        } catch (WalletException e) {
            err.println("The devnet could not start: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private List<Address> accountsToFund(Path walletDir) {
        Set<Address> accounts = new LinkedHashSet<>();
        fund.forEach(a -> accounts.add(Address.of(a)));
        if (accounts.isEmpty() && Files.isDirectory(walletDir)) {
            // reading the account list needs no password: accounts.json holds addresses and labels only
            new Keyring(walletDir, KdfParams.STANDARD, Clock.systemUTC(), Duration.ZERO).accounts().stream()
                    .map(Account::address).forEach(accounts::add);
        }
        return List.copyOf(accounts);
    }

    private void printSummary(PrintWriter out, DevnetDeployment d, Path log) {
        out.println("Local devnet running at " + d.rpcUrl() + " (chain id 31337)");
        out.println("DATA token: " + d.dataToken());
        out.println("Deployer (hardhat account #0, public test key): " + d.funder());
        if (d.funded().isEmpty()) {
            out.println("No account funded: create one in the wallet or pass --fund ADDRESS.");
        }
        for (Address a : d.funded()) {
            out.println("Funded " + a + " with " + eth.stripTrailingZeros().toPlainString() + " ETH and "
                    + data.stripTrailingZeros().toPlainString() + " DATA");
        }
        out.println("The data directory's \"Local devnet\" network now points here. hardhat log: " + log);
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }
}
