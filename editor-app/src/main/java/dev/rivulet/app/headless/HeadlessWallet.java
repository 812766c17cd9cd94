package dev.rivulet.app.headless;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ModuleServices;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.wallet.CanvasSpending;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.SpendingAllowance;
import dev.rivulet.wallet.WalletService;
import dev.rivulet.wallet.solidity.SolcJs;
import dev.rivulet.wallet.solidity.SolidityCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * The wallet side of {@code rivulet run}: for a canvas with Ethereum modules, opens the data directory's wallet on the
 * given chain, unlocks it from a password file if one is given, and hands the modules the wallet, solc and the run's
 * spending allowance ({@code --allow-spend}; without it every signature is denied). Headless runs have no dialog, so
 * the wallet's own approver refuses everything: a canvas signs only within its allowance.
 *
 * <p>{@code try (HeadlessWallet w = HeadlessWallet.open(dir, options)) { registry = registry.withServices(w.services()); }}
 */
public final class HeadlessWallet implements AutoCloseable {

    /** Default RPC endpoint: a local devnet (rivulet devnet, or hardhat node) on its standard port. */
    public static final String DEFAULT_RPC_URL = "http://127.0.0.1:8545";

    /**
     * @param allowSpend   {@code <max ETH>[,<expiry>]}, or null for none
     * @param passwordFile a file whose first line is the wallet password, or null to leave the wallet locked
     */
    public record Options(String rpcUrl, long chainId, Path passwordFile, String allowSpend) {
    }

    private final WalletService wallet;
    private final ModuleServices services;

    private HeadlessWallet(WalletService wallet, ModuleServices services) {
        this.wallet = wallet;
        this.services = services;
    }

    /** Whether the canvas has modules that reach the chain through the wallet (the Ethereum category). */
    public static boolean needed(CanvasDocument doc, ModuleRegistry registry) {
        for (ModuleNode m : doc.modules) {
            ModuleDefinition def = registry.resolve(m.type);
            if (def != null && def.category().startsWith("Integrations/Ethereum")) {
                return true;
            }
        }
        return false;
    }

    /** Parses --allow-spend. @throws IllegalArgumentException (invalid usage) */
    public static SpendingAllowance allowance(String text) {
        return SpendingAllowance.parse(text);
    }

    /**
     * @throws IllegalArgumentException for bad options (invalid usage)
     * @throws IOException              when the password file cannot be read
     * @throws dev.rivulet.wallet.WalletException when the password is wrong
     */
    public static HeadlessWallet open(Path walletDir, Options o) throws IOException {
        CanvasSpending spending = o.allowSpend() == null ? CanvasSpending.none()
            : CanvasSpending.allowing(allowance(o.allowSpend()), Clock.systemUTC());
        ChainProfile chain = o.chainId() == ChainProfile.DEVNET_CHAIN_ID ? ChainProfile.localDevnet(o.rpcUrl())
            : new ChainProfile("Custom RPC", o.chainId(), o.rpcUrl(), "ETH", null, null);
        DefaultWalletService wallet = DefaultWalletService.open(walletDir, chain, tx -> false);
        try {
            if (o.passwordFile() != null) {
                char[] password = readPassword(o.passwordFile());
                try {
                    wallet.unlock(password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
        } catch (IOException | RuntimeException e) {
            wallet.close();
            throw e;
        }
        SolidityCompiler solc = new SolcJs(SolcJs.findDevnetDir().orElse(walletDir.resolve("no-devnet")), "node");
        return new HeadlessWallet(wallet, ModuleServices.NONE.with(WalletService.class, wallet)
            .with(SolidityCompiler.class, solc).with(CanvasSpending.class, spending));
    }

    private static char[] readPassword(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    public ModuleServices services() {
        return services;
    }

    @Override
    public void close() {
        wallet.close();
    }
}
