package dev.rivulet.runtime.secrets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.runtime.store.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret parameter values of canvases (passwords, API keys, header maps), kept apart from the canvases in the
 * data directory's {@code secrets/} folder: {@code master.key} (a random AES-256 key) and {@code secrets.json} (the
 * values encrypted with AES-GCM, with clear metadata), both owner-only. Canvases refer to a value by its id.
 *
 * <p>Every call reads the files afresh and every change is made under a file lock, so the desktop app and a command
 * in another process can share the store (within one process, share one instance per data directory: the JVM
 * refuses a second lock on the same file). Values are never logged. See docs/decisions/0010-secret-parameters.md for
 * what this protects against and what it does not.
 *
 * <p>Usage: {@code SecretStore store = SecretStore.in(dataDir); SecretEntry e = store.put(origin, "s3cret");
 * store.find(e.id());}
 */
public final class SecretStore implements SecretLookup {
    /** The folder inside the data directory. */
    public static final String FOLDER = "secrets";
    static final String KEY_FILE = "master.key";
    static final String SECRETS_FILE = "secrets.json";
    private static final Logger LOG = LoggerFactory.getLogger(SecretStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final SecureRandom random;
    private final Clock clock;
    private MasterKey key;

    public SecretStore(Path folder, SecureRandom random, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.random = random;
        this.clock = clock;
    }

    /** The store of a data directory (nothing is created until the first secret is stored). */
    public static SecretStore in(DataDirectory dir) {
        return new SecretStore(dir.root().resolve(FOLDER), new SecureRandom(), Clock.systemUTC());
    }

    public Path folder() {
        return folder;
    }

    /** Stores a new secret and returns its entry (with the id to put into the canvas). */
    public synchronized SecretEntry put(SecretEntry.Origin origin, Object value) {
        return set(UUID.randomUUID().toString(), origin, value);
    }

    /** Sets the value of the secret with this id, creating it with the given origin if there is none yet. */
    public synchronized SecretEntry set(String id, SecretEntry.Origin originIfNew, Object value) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a secret needs an id");
        }
        return locked(() -> {
            SecretFile.Content content = SecretFile.read(file());
            MasterKey k = key(content, true);
            List<SecretFile.Stored> entries = new ArrayList<>(content.entries());
            SecretEntry.Origin o = originIfNew;
            int at = indexOf(entries, id);
            if (at >= 0) {
                SecretEntry old = entries.get(at).entry();
                o = new SecretEntry.Origin(old.canvasId(), old.canvasName(), old.module(), old.moduleName(), old.param());
            }
            SecretEntry entry = new SecretEntry(id, o.canvasId(), o.canvasName(), o.module(), o.moduleName(), o.param(),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            byte[] plain = JSON.writeValueAsBytes(value);
            SecretFile.Stored stored = new SecretFile.Stored(entry, k.seal(id, plain));
            Arrays.fill(plain, (byte) 0);
            if (at >= 0) {
                entries.set(at, stored);
            } else {
                entries.add(stored);
            }
            SecretFile.write(file(), new SecretFile.Content(k.id(), entries));
            LOG.debug("stored secret {} ({})", id, entry.where());
            return entry;
        });
    }

    /**
     * The value of a secret, or empty if no secret has this id.
     *
     * @throws SecretStoreException if the master key is missing or different, or the entry was tampered with
     */
    @Override
    public synchronized Optional<Object> find(String id) {
        return locked(() -> {
            SecretFile.Content content = SecretFile.read(file());
            int at = indexOf(content.entries(), id);
            if (at < 0) {
                return Optional.empty();
            }
            SecretFile.Stored s = content.entries().get(at);
            MasterKey k = key(content, false);
            byte[] plain;
            try {
                plain = k.open(id, s.sealed());
            } catch (MasterKey.IntegrityException e) {
                throw new SecretStoreException("secret " + id + " (" + s.entry().where() + ") failed its integrity"
                    + " check: " + file() + " was changed or damaged; delete this secret and set it again", e);
            }
            try {
                return Optional.of(JSON.readValue(plain, Object.class));
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        });
    }

    /** Removes a secret; false if there was none with this id. */
    public synchronized boolean delete(String id) {
        return locked(() -> {
            SecretFile.Content content = SecretFile.read(file());
            List<SecretFile.Stored> entries = new ArrayList<>(content.entries());
            int at = indexOf(entries, id);
            if (at < 0) {
                return false;
            }
            entries.remove(at);
            SecretFile.write(file(), new SecretFile.Content(content.keyId(), entries));
            LOG.debug("deleted secret {}", id);
            return true;
        });
    }

    /** Every stored secret's metadata (no values), in the order they were stored. */
    public synchronized List<SecretEntry> list() {
        return locked(() -> SecretFile.read(file()).entries().stream().map(SecretFile.Stored::entry).toList());
    }

    /** The secrets taken from one canvas. */
    public List<SecretEntry> list(String canvasId) {
        return list().stream().filter(e -> e.canvasId().equals(canvasId)).toList();
    }

    /** The metadata of one secret. */
    public Optional<SecretEntry> entry(String id) {
        return list().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The secret stored for a parameter of a module of a canvas, if any. */
    public Optional<SecretEntry> entry(String canvasId, int module, String param) {
        return list().stream().filter(e -> e.canvasId().equals(canvasId) && e.module() == module
            && e.param().equals(param)).findFirst();
    }

    private Path file() {
        return folder.resolve(SECRETS_FILE);
    }

    private static int indexOf(List<SecretFile.Stored> entries, String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).entry().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The master key, checked against the fingerprint in secrets.json; created only for a store with no secrets. */
    private MasterKey key(SecretFile.Content content, boolean mayCreate) throws IOException {
        Path keyFile = folder.resolve(KEY_FILE);
        if (key == null || !Files.exists(keyFile)) {
            key = null;
            if (Files.exists(keyFile)) {
                if (OwnerOnly.tighten(keyFile)) {
                    LOG.warn("{} was readable by other users; it is owner-only now", keyFile);
                }
                key = MasterKey.load(keyFile, random);
            } else if (!content.entries().isEmpty()) {
                throw new SecretStoreException(keyFile + " is missing: the " + content.entries().size()
                    + " secrets in " + file() + " cannot be decrypted. Restore the key from a backup, or delete "
                    + file() + " and set the secrets again");
            } else if (mayCreate) {
                key = MasterKey.create(keyFile, random);
            } else {
                throw new SecretStoreException("no master key in " + folder);
            }
        }
        if (content.keyId() != null && !content.entries().isEmpty() && !content.keyId().equals(key.id())) {
            throw new SecretStoreException(file() + " was written with a different master key than " + keyFile
                + " (the key was replaced, or the files come from different data directories): restore the matching"
                + " key, or delete " + file() + " and set the secrets again");
        }
        return key;
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    /** Runs under the store's file lock (other processes wait), with the folder created owner-only. */
    private <T> T locked(Work<T> work) {
        try {
            OwnerOnly.directory(folder);
            Path lock = folder.resolve(".lock");
            if (!Files.exists(lock)) {
                try {
                    OwnerOnly.createFile(lock);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process made it first: fine
                }
            }
            try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
                return work.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("secret store " + folder + ": " + e.getMessage(), e);
        }
    }
}
