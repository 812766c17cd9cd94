package dev.rivulet.wallet.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.wallet.Account;
import dev.rivulet.wallet.AccountOrigin;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.CorruptKeystoreException;
import dev.rivulet.wallet.WalletException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wallet directory on disk. Everything secret is encrypted; {@code accounts.json} holds only
 * addresses, labels and HD indices.
 *
 * <pre>
 * wallet/
 *   accounts.json          {"version": 1, "nextHdIndex": n, "accounts": [...]}
 *   hd-seed.json           {"format": "rivulet-hd-seed", "version": 1, "crypto": {keystore V3 crypto}}
 *   keys/&lt;address&gt;.json   keystore V3 of each imported key
 * </pre>
 *
 * Files are replaced atomically (write a temporary file, then move), so a crash never leaves half a file.
 */
final class WalletFiles {

    static final int ACCOUNTS_VERSION = 1;
    static final int SEED_VERSION = 1;
    static final String SEED_FORMAT = "rivulet-hd-seed";

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();

    WalletFiles(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The stored accounts and the next HD index; empty for a new wallet. */
    AccountsFile readAccounts() {
        Path file = dir.resolve("accounts.json");
        if (!Files.exists(file)) {
            return new AccountsFile(List.of(), 0);
        }
        JsonNode root = readJson(file, "accounts.json");
        if (root.path("version").asInt() != ACCOUNTS_VERSION) {
            throw new CorruptKeystoreException("accounts.json: unsupported version " + root.path("version"));
        }
        List<Account> accounts = new ArrayList<>();
        try {
            for (JsonNode node : root.path("accounts")) {
                AccountOrigin origin = node.has("hdIndex")
                        ? new AccountOrigin.Hd(node.get("hdIndex").asInt()) : new AccountOrigin.Imported();
                accounts.add(new Account(Address.of(node.path("address").asText()), node.path("label").asText(), origin));
            }
        } catch (IllegalArgumentException e) {
            throw new CorruptKeystoreException("accounts.json: bad entry (" + e.getMessage() + ")");
        }
        return new AccountsFile(accounts, root.path("nextHdIndex").asInt(0));
    }

    void writeAccounts(AccountsFile accounts) {
        ObjectNode root = json.createObjectNode();
        root.put("version", ACCOUNTS_VERSION);
        root.put("nextHdIndex", accounts.nextHdIndex());
        ArrayNode list = root.putArray("accounts");
        for (Account account : accounts.accounts()) {
            ObjectNode node = list.addObject();
            node.put("address", account.address().hex());
            node.put("label", account.label());
            if (account.origin() instanceof AccountOrigin.Hd hd) {
                node.put("hdIndex", hd.index());
            }
        }
        writeAtomically(dir.resolve("accounts.json"), root);
    }

    Optional<JsonNode> readSeedCrypto() {
        Path file = dir.resolve("hd-seed.json");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonNode root = readJson(file, "hd-seed.json");
        if (!SEED_FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != SEED_VERSION) {
            throw new CorruptKeystoreException("hd-seed.json: not a version " + SEED_VERSION + " Rivulet seed file");
        }
        return Optional.of(root.path("crypto"));
    }

    void writeSeed(JsonNode crypto) {
        ObjectNode root = json.createObjectNode();
        root.put("format", SEED_FORMAT);
        root.put("version", SEED_VERSION);
        root.set("crypto", crypto);
        writeAtomically(dir.resolve("hd-seed.json"), root);
    }

    Path keystorePath(Address address) {
        return dir.resolve("keys").resolve(address.lowerCase().substring(2) + ".json");
    }

    String readKeystore(Address address) {
        try {
            return Files.readString(keystorePath(address));
        } catch (IOException e) {
            throw new CorruptKeystoreException("keystore file of " + address + " cannot be read: " + e.getClass().getSimpleName());
        }
    }

    void writeKeystore(Address address, String keystoreJson) {
        try {
            writeAtomically(keystorePath(address), json.readTree(keystoreJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteKeystore(Address address) {
        try {
            Files.deleteIfExists(keystorePath(address));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readJson(Path file, String what) {
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            // Jackson's message may quote file content; the ciphertext is harmless, but keep messages plain.
            throw new CorruptKeystoreException(what + " is not valid JSON");
        }
    }

    private void writeAtomically(Path target, JsonNode content) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".tmp-", ".json");
            restrictToOwner(temp);
            Files.write(temp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new WalletException("cannot write " + target.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user's profile directory is already private
        }
    }

    /** The content of accounts.json. */
    record AccountsFile(List<Account> accounts, int nextHdIndex) {
        AccountsFile {
            accounts = List.copyOf(accounts);
        }
    }
}
