package dev.rivulet.wallet.keys;

import static dev.rivulet.wallet.TestKeys.COW;
import static dev.rivulet.wallet.TestKeys.COW_KEY;
import static dev.rivulet.wallet.TestKeys.password;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.AccountOrigin;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.CorruptKeystoreException;
import dev.rivulet.wallet.InvalidPrivateKeyException;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.MutableClock;
import dev.rivulet.wallet.WrongPasswordException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreImportExportTest {

    /** The PBKDF2 test vector of the Web3 Secret Storage definition (password "testpassword"). */
    static final String SPEC_PBKDF2_VECTOR = """
            {"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"6087dab2f9fdbbfaddc31a909735c1e6"},
             "ciphertext":"5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46","kdf":"pbkdf2",
             "kdfparams":{"c":262144,"dklen":32,"prf":"hmac-sha256","salt":"ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},
             "mac":"517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"},
             "id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","version":3}""";
    /** The scrypt test vector of the Web3 Secret Storage definition (password "testpassword"). */
    static final String SPEC_VECTOR = """
            {"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"83dbcc02d8ccb40e466191a123791e0e"},
             "ciphertext":"d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c","kdf":"scrypt",
             "kdfparams":{"dklen":32,"n":262144,"p":8,"r":1,"salt":"ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19"},
             "mac":"2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"},
             "id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","version":3}""";
    static final Address SPEC_VECTOR_ADDRESS = Address.of("0x008aeeda4d805471df9b2a5b0f38a0c3bcba786b");

    @TempDir
    Path dir;

    Keyring keyring(Path where) {
        return new Keyring(where, KdfParams.LIGHT, new MutableClock(), Duration.ZERO);
    }

    @Test
    void importsTheSecretStorageSpecVector() {
        Account account = keyring(dir).importKeystore(SPEC_PBKDF2_VECTOR, "testpassword".toCharArray(), password(), "spec");
        assertThat(account.address()).isEqualTo(SPEC_VECTOR_ADDRESS);
        assertThat(account.origin()).isEqualTo(new AccountOrigin.Imported());
    }

    @Test
    void scryptWithROneAndLargeNIsRefusedClearly() {
        // BouncyCastle refuses n >= 2^16 with r = 1 (the spec's scrypt vector); wallets in use write r = 8
        assertThatThrownBy(() -> keyring(dir).importKeystore(SPEC_VECTOR, "testpassword".toCharArray(), password(), "spec"))
                .isInstanceOf(CorruptKeystoreException.class).hasMessageContaining("r = 1");
    }

    @Test
    void importedKeyIsStoredAsKeystoreV3UnderTheWalletPassword() throws Exception {
        keyring(dir).importPrivateKey("0x" + COW_KEY, password(), "cow");
        Path file = dir.resolve("keys").resolve(COW.lowerCase().substring(2) + ".json");
        String stored = Files.readString(file);
        assertThat(stored).contains("\"version\" : 3").contains("scrypt").doesNotContain(COW_KEY);

        Account again = keyring(dir.resolve("elsewhere")).importKeystore(stored, password(), password(), "cow");
        assertThat(again.address()).isEqualTo(COW);
    }

    @Test
    void exportedKeystoreOpensWithTheExportPassword() {
        Keyring keyring = keyring(dir);
        keyring.importPrivateKey(COW_KEY, password(), "cow");
        String exported = keyring.exportKeystore(COW, "export-password".toCharArray());

        assertThat(exported).doesNotContain(COW_KEY);
        Account imported = keyring(dir.resolve("other")).importKeystore(exported, "export-password".toCharArray(), password(), "c");
        assertThat(imported.address()).isEqualTo(COW);
    }

    @Test
    void wrongKeystorePasswordAndCorruptFilesAreClearErrors() {
        Keyring keyring = keyring(dir);
        assertThatThrownBy(() -> keyring.importKeystore(SPEC_PBKDF2_VECTOR, "nope".toCharArray(), password(), "x"))
                .isInstanceOf(WrongPasswordException.class).hasMessage("wrong password for the keystore file");
        assertThatThrownBy(() -> keyring.importKeystore("{\"version\":3,", password(), password(), "x"))
                .isInstanceOf(CorruptKeystoreException.class).hasMessageContaining("not a keystore V3");
        assertThatThrownBy(() -> keyring.importKeystore(SPEC_VECTOR.replace("\"version\":3", "\"version\":2"), password(), password(), "x"))
                .isInstanceOf(CorruptKeystoreException.class);
        String badMac = SPEC_PBKDF2_VECTOR.replace("aes-128-ctr", "aes-256-gcm");
        assertThatThrownBy(() -> keyring.importKeystore(badMac, "testpassword".toCharArray(), password(), "x"))
                .isInstanceOf(CorruptKeystoreException.class);
        assertThat(DirectorySnapshot.of(dir).files()).isEmpty();
    }

    @Test
    void corruptStoredKeystoreFailsUnlockAndStaysAsItWas() throws Exception {
        keyring(dir).importPrivateKey(COW_KEY, password(), "cow");
        Path file = dir.resolve("keys").resolve(COW.lowerCase().substring(2) + ".json");
        Files.writeString(file, "{ not json");
        DirectorySnapshot before = DirectorySnapshot.of(dir);

        Keyring reopened = keyring(dir);
        assertThatThrownBy(() -> reopened.unlock(password())).isInstanceOf(CorruptKeystoreException.class)
                .hasMessageContaining(COW.hex());
        assertThat(reopened.isLocked()).isTrue();
        assertThat(DirectorySnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void malformedPrivateKeysAreRefusedWithoutQuotingThem() {
        String almost = COW_KEY.substring(0, 63) + "z";
        assertThatThrownBy(() -> keyring(dir).importPrivateKey(almost, password(), "x"))
                .isInstanceOf(InvalidPrivateKeyException.class).hasMessageNotContaining(almost.substring(0, 20));
        assertThatThrownBy(() -> keyring(dir).importPrivateKey("0".repeat(64), password(), "x"))
                .isInstanceOf(InvalidPrivateKeyException.class).hasMessageContaining("range");
    }
}
