package dev.rivulet.wallet.keys;

import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.AccountOrigin;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.NewHdWallet;
import dev.rivulet.wallet.RecoveryPhrase;
import dev.rivulet.wallet.WalletException;
import dev.rivulet.wallet.WalletLockedException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.crypto.ECKeyPair;

/**
 * The wallet's accounts and, while unlocked, their keys. One password protects the HD seed and every
 * imported keystore. Operations that write a secret take the password (and check it against what is
 * stored); signing needs the keyring unlocked. After {@code idleTimeout} without use it locks itself,
 * checked whenever it is asked for a key or its state, so an expired unlock can never sign.
 *
 * <p>Keys live in memory only between unlock and lock; web3j holds them as BigIntegers, which cannot be
 * wiped, so locking drops every reference and leaves the rest to the garbage collector.
 */
public final class Keyring {

    private static final Logger log = LoggerFactory.getLogger(Keyring.class);

    private final WalletFiles files;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final KeyVault vault;
    private final List<Consumer<Boolean>> lockListeners = new CopyOnWriteArrayList<>();
    private final AccountBook book;
    private Duration idleTimeout;
    private UnlockedKeys unlocked; // null while locked
    private Instant lastUse = Instant.MIN;

    /**
     * @param walletDir   the data directory's {@code wallet/} folder (created on first write)
     * @param kdf         scrypt parameters for new files ({@link KdfParams#STANDARD} outside tests)
     * @param clock       time source for the idle lock
     * @param idleTimeout lock after this long without use; zero or negative never locks by itself
     */
    public Keyring(Path walletDir, KdfParams kdf, Clock clock, Duration idleTimeout) {
        this.files = new WalletFiles(walletDir);
        this.vault = new KeyVault(files, kdf);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.book = new AccountBook(files);
    }

    /** The wallet directory this keyring reads and writes ({@code wallet.db} lives beside its files). */
    public Path directory() {
        return files.dir();
    }

    public synchronized List<Account> accounts() {
        return book.accounts();
    }

    public synchronized boolean hasHdSeed() {
        return files.readSeedCrypto().isPresent();
    }

    /** True when nothing secret is stored yet: the first create or import chooses the password. */
    public synchronized boolean isEmpty() {
        return book.accounts().isEmpty() && !hasHdSeed();
    }

    public synchronized void setIdleTimeout(Duration timeout) {
        this.idleTimeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Called with {@code true} when the keyring locks and {@code false} when it unlocks. */
    public void addLockListener(Consumer<Boolean> listener) {
        lockListeners.add(listener);
    }

    public synchronized boolean isLocked() {
        expireIfIdle();
        return unlocked == null;
    }

    /** Decrypts the seed and every key; on a wrong password or a corrupt file stays locked. */
    public synchronized void unlock(char[] password) {
        if (isEmpty()) {
            throw new WalletException("the wallet has no accounts yet: create or import one first");
        }
        UnlockedKeys keys = vault.decryptAll(password, book.accounts());
        boolean wasLocked = unlocked == null;
        unlocked = keys;
        lastUse = clock.instant();
        log.info("wallet unlocked ({} accounts)", book.accounts().size());
        if (wasLocked) {
            lockListeners.forEach(l -> l.accept(false));
        }
    }

    public synchronized void lock() {
        if (unlocked != null) {
            unlocked.clear();
            unlocked = null;
            log.info("wallet locked");
            lockListeners.forEach(l -> l.accept(true));
        }
    }

    /** Creates the HD seed and its first account; the phrase is returned here and never stored. */
    public synchronized NewHdWallet createHd(char[] password, String label) {
        String phrase = HdKeys.newPhrase(random);
        Account first = storeSeed(phrase, password, label);
        return new NewHdWallet(first, new RecoveryPhrase(phrase));
    }

    /**
     * Restores from a recovery phrase: it becomes the wallet's HD seed if there is none yet; otherwise
     * its first account is imported as a single key.
     */
    public synchronized Account restoreFromPhrase(String phrase, char[] password, String label) {
        String canonical = HdKeys.normalise(phrase);
        if (!hasHdSeed()) {
            return storeSeed(canonical, password, label);
        }
        byte[] seed = HdKeys.seed(canonical);
        try {
            return addImported(HdKeys.derive(seed, 0), password, label);
        } finally {
            java.util.Arrays.fill(seed, (byte) 0);
        }
    }

    /** Derives the next HD account (needs the keyring unlocked). */
    public synchronized Account deriveNext(String label) {
        UnlockedKeys keys = requireUnlocked();
        if (!keys.hasSeed()) {
            throw new WalletException("this wallet has no HD seed to derive accounts from");
        }
        int index = book.nextHdIndex();
        ECKeyPair key = keys.deriveHd(index);
        Account account = new Account(KeyVault.addressOf(key), label, new AccountOrigin.Hd(index));
        book.requireNew(account.address());
        book.add(account, index + 1);
        keys.put(account.address(), key);
        log.info("derived HD account {} at index {}", account.address(), index);
        return account;
    }

    public synchronized Account importPrivateKey(String privateKeyHex, char[] password, String label) {
        return addImported(KeyVault.parsePrivateKey(privateKeyHex), password, label);
    }

    public synchronized Account importKeystore(String keystoreJson, char[] keystorePassword, char[] password, String label) {
        return addImported(KeyVault.decryptForeignKeystore(keystoreJson, keystorePassword), password, label);
    }

    /** The account's key as a keystore V3 JSON document encrypted with {@code exportPassword}. */
    public synchronized String exportKeystore(Address address, char[] exportPassword) {
        return vault.exportKeystore(key(address), exportPassword);
    }

    public synchronized Account rename(Address address, String label) {
        return book.rename(address, label);
    }

    /**
     * Runs {@code use} with the account's key, counting as activity for the idle lock.
     *
     * @throws WalletLockedException while locked
     */
    public synchronized <T> T withKey(Address address, Function<ECKeyPair, T> use) {
        return use.apply(key(address));
    }

    private ECKeyPair key(Address address) {
        UnlockedKeys keys = requireUnlocked();
        book.requireKnown(address);
        lastUse = clock.instant();
        return keys.get(address);
    }

    private Account storeSeed(String canonicalPhrase, char[] password, String label) {
        if (hasHdSeed()) {
            throw new WalletException("this wallet already has an HD seed: derive further accounts from it instead");
        }
        boolean first = isEmpty();
        vault.checkPassword(password, book.accounts());
        byte[] seed = HdKeys.seed(canonicalPhrase);
        try {
            ECKeyPair key = HdKeys.derive(seed, 0);
            Account account = new Account(KeyVault.addressOf(key), label, new AccountOrigin.Hd(0));
            book.requireNew(account.address());
            vault.writeSeed(seed, password);
            book.add(account, 1);
            afterNewSecret(first, account.address(), key, seed);
            log.info("HD wallet stored, first account {}", account.address());
            return account;
        } finally {
            java.util.Arrays.fill(seed, (byte) 0);
        }
    }

    private Account addImported(ECKeyPair key, char[] password, String label) {
        Address address = KeyVault.addressOf(key);
        book.requireNew(address);
        boolean first = isEmpty();
        vault.checkPassword(password, book.accounts());
        vault.writeKeystore(address, key, password);
        Account account = new Account(address, label, new AccountOrigin.Imported());
        try {
            book.add(account, book.nextHdIndex());
        } catch (RuntimeException e) {
            files.deleteKeystore(address);
            throw e;
        }
        afterNewSecret(first, address, key, null);
        log.info("imported account {}", address);
        return account;
    }

    private void afterNewSecret(boolean first, Address address, ECKeyPair key, byte[] seed) {
        if (first) {
            unlocked = new UnlockedKeys();
            lastUse = clock.instant();
            lockListeners.forEach(l -> l.accept(false));
        }
        if (isLocked()) {
            return;
        }
        if (seed != null) {
            unlocked.setSeed(seed);
        }
        unlocked.put(address, key);
    }

    private UnlockedKeys requireUnlocked() {
        expireIfIdle();
        if (unlocked == null) {
            throw new WalletLockedException("wallet locked: unlock it with the wallet password");
        }
        return unlocked;
    }

    private void expireIfIdle() {
        if (unlocked != null && !idleTimeout.isZero() && !idleTimeout.isNegative()
                && !clock.instant().isBefore(lastUse.plus(idleTimeout))) {
            log.info("wallet idle for {}: locking", idleTimeout);
            lock();
        }
    }
}
