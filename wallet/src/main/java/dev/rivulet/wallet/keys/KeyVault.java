package dev.rivulet.wallet.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.AccountOrigin;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.CorruptKeystoreException;
import dev.rivulet.wallet.InvalidPrivateKeyException;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.WrongPasswordException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.crypto.Wallet;
import org.web3j.crypto.WalletFile;
import org.web3j.crypto.exception.CipherException;

/**
 * Encryption and decryption of the wallet's secrets. Private keys go through web3j's keystore V3
 * implementation, the HD seed through {@link SecretCipher}, both with scrypt.
 *
 * <p>web3j takes passwords as {@code String}, so a copy of the password stays on the heap until it is
 * collected; the rest of the wallet keeps passwords in {@code char[]} for the callers to wipe.
 */
final class KeyVault {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern KEY_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WalletFiles files;
    private final KdfParams kdf;

    KeyVault(WalletFiles files, KdfParams kdf) {
        this.files = files;
        this.kdf = kdf;
    }

    /** Checks the password against what is stored; for an empty wallet, that it is long enough. */
    void checkPassword(char[] password, List<Account> accounts) {
        Optional<JsonNode> seed = files.readSeedCrypto();
        if (seed.isPresent()) {
            Arrays.fill(SecretCipher.decrypt(seed.get(), password, "the wallet"), (byte) 0);
            return;
        }
        if (!accounts.isEmpty()) {
            decryptStored(accounts.get(0).address(), password);
            return;
        }
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new WalletException("the wallet password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    UnlockedKeys decryptAll(char[] password, List<Account> accounts) {
        UnlockedKeys keys = new UnlockedKeys();
        Optional<JsonNode> seedCrypto = files.readSeedCrypto();
        if (seedCrypto.isPresent()) {
            byte[] seed = SecretCipher.decrypt(seedCrypto.get(), password, "the wallet");
            keys.setSeed(seed);
            Arrays.fill(seed, (byte) 0);
        }
        try {
            for (Account account : accounts) {
                ECKeyPair key;
                if (account.origin() instanceof AccountOrigin.Hd hd) {
                    if (!keys.hasSeed()) {
                        throw new CorruptKeystoreException("hd-seed.json is missing but account " + account.address() + " needs it");
                    }
                    key = keys.deriveHd(hd.index());
                } else {
                    key = decryptStored(account.address(), password);
                }
                if (!addressOf(key).equals(account.address())) {
                    throw new CorruptKeystoreException("the key stored for " + account.address() + " belongs to another address");
                }
                keys.put(account.address(), key);
            }
            return keys;
        } catch (RuntimeException e) {
            keys.clear();
            throw e;
        }
    }

    void writeSeed(byte[] seed, char[] password) {
        files.writeSeed(SecretCipher.encrypt(seed, password, kdf));
    }

    void writeKeystore(Address address, ECKeyPair key, char[] password) {
        files.writeKeystore(address, keystoreJson(key, password));
    }

    String exportKeystore(ECKeyPair key, char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new WalletException("an export password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return keystoreJson(key, password);
    }

    private String keystoreJson(ECKeyPair key, char[] password) {
        if (kdf.r() != 8) {
            throw new IllegalStateException("web3j's keystore V3 writer fixes scrypt r at 8");
        }
        try {
            WalletFile file = Wallet.create(new String(password), key, kdf.n(), kdf.p());
            return JSON.writeValueAsString(file);
        } catch (CipherException | IOException e) {
            throw new WalletException("cannot encrypt the key: " + e.getClass().getSimpleName());
        }
    }

    private ECKeyPair decryptStored(Address address, char[] password) {
        return decryptKeystore(files.readKeystore(address), password, "the keystore of " + address);
    }

    static ECKeyPair decryptForeignKeystore(String json, char[] password) {
        return decryptKeystore(json, password, "the keystore file");
    }

    private static ECKeyPair decryptKeystore(String json, char[] password, String what) {
        WalletFile file;
        try {
            file = JSON.readValue(json, WalletFile.class);
        } catch (IOException | RuntimeException e) {
            throw new CorruptKeystoreException(what + " is not a keystore V3 JSON document");
        }
        if (file.getCrypto() == null || file.getCrypto().getKdfparams() == null || file.getVersion() != 3) {
            throw new CorruptKeystoreException(what + " is not a version 3 keystore");
        }
        if (file.getCrypto().getKdfparams() instanceof WalletFile.ScryptKdfParams scrypt) {
            if (scrypt.getN() > (1 << 20)) {
                throw new CorruptKeystoreException(what + " asks for excessive scrypt parameters");
            }
            if (scrypt.getR() == 1 && scrypt.getN() >= 65536) {
                // BouncyCastle enforces the scrypt paper's bound N < 2^(16r); Geth and MetaMask write r = 8
                throw new CorruptKeystoreException(what + " uses scrypt r = 1 with n >= 65536, which this wallet cannot read");
            }
        }
        try {
            return Wallet.decrypt(new String(password), file);
        } catch (CipherException e) {
            if (String.valueOf(e.getMessage()).contains("Invalid password")) {
                throw new WrongPasswordException("wrong password for " + what);
            }
            throw new CorruptKeystoreException(what + " cannot be decrypted: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new CorruptKeystoreException(what + " has malformed crypto parameters");
        }
    }

    /** Parses a private key; messages never quote the input. */
    static ECKeyPair parsePrivateKey(String hex) {
        String digits = hex == null ? "" : hex.strip();
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            digits = digits.substring(2);
        }
        if (!KEY_HEX.matcher(digits).matches()) {
            throw new InvalidPrivateKeyException("a private key is 64 hex digits (optionally after 0x); got "
                    + digits.length() + " characters");
        }
        BigInteger value = new BigInteger(digits, 16);
        if (value.signum() == 0 || value.compareTo(Sign.CURVE_PARAMS.getN()) >= 0) {
            throw new InvalidPrivateKeyException("the private key is outside the secp256k1 range");
        }
        return ECKeyPair.create(value);
    }

    static Address addressOf(ECKeyPair key) {
        return Address.of(Keys.getAddress(key));
    }
}
