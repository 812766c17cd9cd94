package dev.rivulet.wallet.keys;

import static dev.rivulet.wallet.TestKeys.HARDHAT_0;
import static dev.rivulet.wallet.TestKeys.HARDHAT_1;
import static dev.rivulet.wallet.TestKeys.HARDHAT_PHRASE;
import static dev.rivulet.wallet.TestKeys.password;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.AccountOrigin;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.MutableClock;
import dev.rivulet.wallet.NewHdWallet;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.WalletLockedException;
import dev.rivulet.wallet.WrongPasswordException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock();

    Keyring keyring() {
        return new Keyring(dir, KdfParams.LIGHT, clock, Duration.ofMinutes(5));
    }

    @Test
    void restoresHardhatPhraseAtBip44PathsAndDerivesFurtherAccounts() {
        Keyring keyring = keyring();
        Account first = keyring.restoreFromPhrase("  Test test TEST test test test test test test test test junk ", password(), "main");
        Account second = keyring.deriveNext("second");

        assertThat(first.address()).isEqualTo(HARDHAT_0);
        assertThat(first.origin()).isEqualTo(new AccountOrigin.Hd(0));
        assertThat(second.address()).isEqualTo(HARDHAT_1);
        assertThat(((AccountOrigin.Hd) second.origin()).path()).isEqualTo("m/44'/60'/0'/0/1");
        assertThat(keyring.accounts()).extracting(Account::label).containsExactly("main", "second");
    }

    @Test
    void createdWalletReturnsPhraseOnceAndStoresOnlyTheEncryptedSeed() throws Exception {
        NewHdWallet created = keyring().createHd(password(), "main");

        assertThat(created.recoveryPhrase().words()).hasSize(12);
        assertThat(created.recoveryPhrase().toString()).doesNotContain(created.recoveryPhrase().words().get(0) + " ");
        String seedFile = Files.readString(dir.resolve("hd-seed.json"));
        assertThat(seedFile).contains("\"kdf\" : \"scrypt\"").doesNotContain(created.recoveryPhrase().words().get(0) + " ");

        Keyring reopened = keyring();
        reopened.unlock(password());
        Account restoredElsewhere = new Keyring(dir.resolve("other"), KdfParams.LIGHT, clock, Duration.ZERO)
                .restoreFromPhrase(created.recoveryPhrase().phrase(), password(), "copy");
        assertThat(restoredElsewhere.address()).isEqualTo(created.firstAccount().address());
        assertThat(reopened.accounts()).containsExactly(created.firstAccount());
    }

    @Test
    void accountsAndLabelsSurviveReopening() {
        Keyring keyring = keyring();
        keyring.restoreFromPhrase(HARDHAT_PHRASE, password(), "main");
        keyring.deriveNext("trading");
        keyring.rename(HARDHAT_1, "savings");

        Keyring reopened = keyring();
        assertThat(reopened.isLocked()).isTrue();
        assertThat(reopened.accounts()).extracting(Account::label).containsExactly("main", "savings");
        reopened.unlock(password());
        assertThat(reopened.deriveNext("third").origin()).isEqualTo(new AccountOrigin.Hd(2));
    }

    @Test
    void wrongPasswordLeavesWalletLockedAndFilesUntouched() {
        keyring().restoreFromPhrase(HARDHAT_PHRASE, password(), "main");
        DirectorySnapshot before = DirectorySnapshot.of(dir);
        Keyring reopened = keyring();

        assertThatThrownBy(() -> reopened.unlock("not the password".toCharArray()))
                .isInstanceOf(WrongPasswordException.class).hasMessageContaining("wrong password");
        assertThatThrownBy(() -> reopened.importPrivateKey(dev.rivulet.wallet.TestKeys.COW_KEY, "nope nope nope".toCharArray(), "x"))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(reopened.isLocked()).isTrue();
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void nothingCanBeSignedWhileLocked() {
        Keyring keyring = keyring();
        keyring.restoreFromPhrase(HARDHAT_PHRASE, password(), "main");
        keyring.lock();

        assertThatThrownBy(() -> keyring.withKey(HARDHAT_0, k -> k)).isInstanceOf(WalletLockedException.class)
                .hasMessageContaining("locked");
        assertThatThrownBy(() -> keyring.deriveNext("x")).isInstanceOf(WalletLockedException.class);
        assertThatThrownBy(() -> keyring.exportKeystore(HARDHAT_0, password())).isInstanceOf(WalletLockedException.class);
    }

    @Test
    void locksItselfAfterTheIdleTimeAndUseResetsTheTimer() {
        Keyring keyring = keyring();
        keyring.restoreFromPhrase(HARDHAT_PHRASE, password(), "main");
        List<Boolean> events = new ArrayList<>();
        keyring.addLockListener(events::add);

        clock.advance(Duration.ofMinutes(4));
        keyring.withKey(HARDHAT_0, k -> k);
        clock.advance(Duration.ofMinutes(4));
        assertThat(keyring.isLocked()).isFalse();
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> keyring.withKey(HARDHAT_0, k -> k)).isInstanceOf(WalletLockedException.class);
        assertThat(events).containsExactly(true);
        keyring.unlock(password());
        assertThat(keyring.isLocked()).isFalse();
        assertThat(events).containsExactly(true, false);
    }

    @Test
    void refusesASecondSeedAndDuplicateAccounts() {
        Keyring keyring = keyring();
        keyring.restoreFromPhrase(HARDHAT_PHRASE, password(), "main");

        assertThatThrownBy(() -> keyring.createHd(password(), "again")).isInstanceOf(WalletException.class)
                .hasMessageContaining("already has an HD seed");
        assertThatThrownBy(() -> keyring.importPrivateKey(dev.rivulet.wallet.TestKeys.HARDHAT_0_KEY, password(), "dup"))
                .hasMessageContaining("already in the wallet");
    }

    @Test
    void firstPasswordMustBeLongEnough() {
        assertThatThrownBy(() -> keyring().createHd("short".toCharArray(), "main"))
                .isInstanceOf(WalletException.class).hasMessageContaining("at least 8 characters");
        assertThat(DirectorySnapshot.of(dir).files()).isEmpty();
    }
}
