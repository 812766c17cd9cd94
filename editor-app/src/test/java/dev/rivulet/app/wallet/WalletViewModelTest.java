package dev.rivulet.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.NewHdWallet;
import dev.rivulet.wallet.keys.Keyring;
import dev.rivulet.wallet.network.NetworkStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model without any UI: wallet creation and import need no chain (the endpoint here is a closed loopback port). */
class WalletViewModelTest {

    @TempDir
    Path dir;
    private DefaultWalletService wallet;
    private WalletViewModel vm;
    private final ClipboardGuardTest.MemoryClipboard clipboard = new ClipboardGuardTest.MemoryClipboard();

    @BeforeEach
    void open() {
        wallet = new DefaultWalletService(new Keyring(dir, KdfParams.LIGHT, Clock.systemUTC(), Duration.ZERO),
                ChainProfile.localDevnet("http://127.0.0.1:9"), tx -> false, Duration.ofSeconds(5));
        vm = new WalletViewModel(wallet, NetworkStore.open(dir), new ClipboardGuard(clipboard, Clock.systemUTC()), Runnable::run, Runnable::run);
    }

    @AfterEach
    void close() {
        vm.wallet().close();
    }

    @Test
    void createsAWalletShowingThePhraseOnceAndImportsAKey() {
        AtomicReference<NewHdWallet> shown = new AtomicReference<>();
        vm.createWallet("Main", "a good password".toCharArray(), shown::set);

        assertThat(shown.get().recoveryPhrase().words()).hasSize(12);
        assertThat(vm.accounts).hasSize(1);
        assertThat(vm.selectedAccount.get()).isEqualTo(shown.get().firstAccount());

        vm.importAccount("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "Imported", "a good password".toCharArray());

        assertThat(vm.accounts).hasSize(2);
        assertThat(vm.selectedAccount.get().address()).isEqualTo(Address.of("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        assertThat(vm.message.get()).startsWith("Imported 0x7099");
    }

    @Test
    void badImportsAreExplainedAndAddNothing() {
        vm.createWallet("Main", "a good password".toCharArray(), created -> { });

        vm.importAccount("not a phrase at all", "x", "a good password".toCharArray());
        assertThat(vm.message.get()).isNotBlank().doesNotContain("not a phrase at all");
        vm.importAccount("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "x", "wrong password".toCharArray());
        assertThat(vm.message.get()).containsIgnoringCase("password");

        assertThat(vm.accounts).hasSize(1);
    }

    @Test
    void lockingClearsACopiedKey() {
        vm.createWallet("Main", "a good password".toCharArray(), created -> { });
        vm.copyPrivateKey();
        assertThat(clipboard.text).hasSize(64);

        vm.lock();

        assertThat(clipboard.text).isNull();
        assertThat(vm.locked.get()).isTrue();
    }
}
