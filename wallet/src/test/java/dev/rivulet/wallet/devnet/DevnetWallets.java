package dev.rivulet.wallet.devnet;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.TestKeys;
import dev.rivulet.wallet.TransactionApprover;
import dev.rivulet.wallet.TransactionOutcome;
import dev.rivulet.wallet.TransactionRequest;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.token.DataToken;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Wallets for devnet tests: light scrypt, no idle lock, fast receipt polling. */
final class DevnetWallets {

    static final BigInteger ONE_ETHER = BigInteger.TEN.pow(18);
    static final Duration RECEIPT_TIMEOUT = Duration.ofSeconds(30);

    private DevnetWallets() {
    }

    static DefaultWalletService open(Path dir, ChainProfile chain, TransactionApprover approver) {
        Keyring keyring = new Keyring(dir, KdfParams.LIGHT, Clock.systemUTC(), Duration.ZERO);
        return new DefaultWalletService(keyring, chain, approver, Duration.ofMillis(50));
    }

    /** A wallet holding hardhat's funded account #0 (imported from the well-known devnet phrase). */
    static DefaultWalletService funded(Path dir, DevnetNode node) {
        DefaultWalletService wallet = open(dir, ChainProfile.localDevnet(node.rpcUrl()), TransactionApprover.approveAll());
        wallet.importRecoveryPhrase(TestKeys.HARDHAT_PHRASE, TestKeys.password(), "hardhat #0");
        return wallet;
    }

    /** Deploys a DATA token from {@code deployer} and returns its address. */
    static Address deployDataToken(DefaultWalletService wallet, Address deployer) {
        TransactionOutcome outcome = wallet.waitForReceipt(wallet.send(DataToken.deploy(deployer, "Streamr", "DATA")), RECEIPT_TIMEOUT);
        if (!outcome.succeeded()) {
            throw new IllegalStateException("DATA token deployment failed: " + outcome.revertReason());
        }
        return outcome.createdContract().orElseThrow();
    }

    static TransactionOutcome sendAndWait(DefaultWalletService wallet, TransactionRequest request) {
        return wallet.waitForReceipt(wallet.send(request), RECEIPT_TIMEOUT);
    }
}
