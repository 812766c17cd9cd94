package dev.rivulet.runtime.streams.signing;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.TransactionApprover;
import dev.rivulet.wallet.keys.Keyring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** A real wallet in a temporary folder holding hardhat's public test keys (never funded with anything real). */
final class TestWallet {
    /** Hardhat account #0 and #1: public test keys. */
    static final String KEY_0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final String KEY_1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    static final Address ACCOUNT_0 = Address.of("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    static final Address ACCOUNT_1 = Address.of("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    private TestWallet() {
    }

    /** Unlocked, with both accounts; the chain endpoint is a closed loopback port (no chain is needed to sign). */
    static DefaultWalletService open(Path dir) {
        DefaultWalletService w = new DefaultWalletService(new Keyring(dir, KdfParams.LIGHT, Clock.systemUTC(),
            Duration.ZERO), ChainProfile.localDevnet("http://127.0.0.1:9"), TransactionApprover.approveAll(),
            Duration.ofMinutes(10));
        w.importPrivateKey(KEY_0, "test password".toCharArray(), "zero");
        w.importPrivateKey(KEY_1, "test password".toCharArray(), "one");
        return w;
    }
}
