package dev.rivulet.wallet.localnet;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.TransactionApprover;
import dev.rivulet.wallet.TransactionOutcome;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.token.DataToken;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Sets up a fresh devnet: deploys a DATA token from hardhat's first account (the public devnet phrase, held in
 * a throwaway keyring; the user's wallet is never involved) and funds the chosen accounts with test ETH and DATA.
 *
 * <p>{@code DevnetDeployment d = DevnetProvisioner.provision(devnet.rpcUrl(), List.of(me), eth, data);}
 */
public final class DevnetProvisioner {

    /** Hardhat's default accounts come from this phrase; they hold test ETH only and are public knowledge. */
    static final String HARDHAT_PHRASE = "test test test test test test test test test test test junk";
    private static final Duration RECEIPT_TIMEOUT = Duration.ofSeconds(60);

    /** What was deployed and funded. */
    public record DevnetDeployment(String rpcUrl, Address dataToken, Address funder, List<Address> funded) {
    }

    private DevnetProvisioner() {
    }

    /** Deploys DATA and sends {@code ethWei} and {@code dataWei} (18 decimals) to each of {@code accounts}. */
    public static DevnetDeployment provision(String rpcUrl, List<Address> accounts, BigInteger ethWei, BigInteger dataWei) {
        Path scratch = scratchDir();
        try {
            Keyring keyring = new Keyring(scratch, KdfParams.LIGHT, Clock.systemUTC(), Duration.ZERO);
            char[] password = "devnet-funder".toCharArray();
            try (DefaultWalletService funderWallet = new DefaultWalletService(keyring, ChainProfile.localDevnet(rpcUrl),
                    TransactionApprover.approveAll(), Duration.ofMillis(100))) {
                Address funder = funderWallet.importRecoveryPhrase(HARDHAT_PHRASE, password, "hardhat #0").address();
                Address token = mined(funderWallet, DataToken.deploy(funder, "Streamr", "DATA")).createdContract().orElseThrow();
                for (Address account : accounts) {
                    if (ethWei.signum() > 0) {
                        mined(funderWallet, TransactionRequest.transfer(funder, account, ethWei));
                    }
                    if (dataWei.signum() > 0) {
                        mined(funderWallet, DataToken.mint(token, funder, account, dataWei));
                    }
                }
                return new DevnetDeployment(rpcUrl, token, funder, List.copyOf(accounts));
            }
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static TransactionOutcome mined(DefaultWalletService wallet, TransactionRequest request) {
        TransactionOutcome outcome = wallet.waitForReceipt(wallet.send(request), RECEIPT_TIMEOUT);
        if (!outcome.succeeded()) {
            throw new WalletException("devnet set-up transaction failed: " + outcome.revertReason());
        }
        return outcome;
    }

    private static Path scratchDir() {
        try {
            return Files.createTempDirectory("rivulet-devnet-funder");
        } catch (IOException e) {
            throw new WalletException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder holds only the public devnet key
        }
    }
}
