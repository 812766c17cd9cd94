package dev.rivulet.runtime.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.runtime.store.DataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secret store on real files in a temporary data directory. */
class SecretStoreTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final SecretEntry.Origin ORIGIN = new SecretEntry.Origin("canvas-1", "Alerts", 3, "Email",
        "password");

    @TempDir
    Path data;

    private SecretStore store() {
        return SecretStore.in(DataDirectory.open(Optional.of(data)));
    }

    private Path folder() {
        return data.resolve(SecretStore.FOLDER);
    }

    @Test
    void storesFindsListsAndDeletesSecretsAcrossReopening() {
        SecretEntry e = store().put(ORIGIN, PASSWORD);
        SecretEntry headers = store().put(new SecretEntry.Origin("canvas-1", "Alerts", 4, "HTTP Request", "headers"),
            Map.of("Authorization", "Bearer abc"));

        SecretStore reopened = store();
        assertThat(reopened.find(e.id())).contains(PASSWORD);
        assertThat(reopened.find(headers.id())).contains(Map.of("Authorization", "Bearer abc"));
        assertThat(reopened.list()).extracting(SecretEntry::id).containsExactly(e.id(), headers.id());
        assertThat(reopened.entry("canvas-1", 3, "password")).contains(e);
        assertThat(reopened.list("canvas-1")).hasSize(2);
        assertThat(reopened.list("other")).isEmpty();
        assertThat(e.where()).isEqualTo("Email.password in canvas 'Alerts'");

        assertThat(reopened.delete(e.id())).isTrue();
        assertThat(reopened.delete(e.id())).isFalse();
        assertThat(store().find(e.id())).isEmpty();
        assertThat(store().find(headers.id())).isPresent();
    }

    @Test
    void settingAnExistingIdReplacesTheValueAndKeepsWhereItCameFrom() {
        SecretEntry e = store().put(ORIGIN, "old");
        store().set(e.id(), SecretEntry.Origin.UNKNOWN, "new");
        assertThat(store().find(e.id())).contains("new");
        assertThat(store().entry(e.id()).orElseThrow().moduleName()).isEqualTo("Email");
        // an id from a canvas made on another machine: created with what is known
        store().set("from-elsewhere", SecretEntry.Origin.UNKNOWN, "x");
        assertThat(store().find("from-elsewhere")).contains("x");
        assertThat(store().entry("from-elsewhere").orElseThrow().where()).isEqualTo("(unknown parameter)");
    }

    @Test
    void noFileInTheDataDirectoryContainsAValueInPlainText() throws Exception {
        store().put(ORIGIN, PASSWORD);
        store().put(ORIGIN, Map.of("X-Api-Key", "k-9f8e7d6c5b4a"));
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(content).as(f.toString()).doesNotContain(PASSWORD).doesNotContain("k-9f8e7d6c5b4a");
            }
        }
    }

    @Test
    void theFolderAndItsFilesAreOwnerOnly() throws Exception {
        assumeTrue(OwnerOnly.posix(data), "POSIX permissions only");
        store().put(ORIGIN, PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder().resolve("master.key"))))
            .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder().resolve("secrets.json"))))
            .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder().resolve(".lock"))))
            .isEqualTo("rw-------");
    }

    @Test
    void aKeyFileOthersCouldReadIsMadeOwnerOnlyOnNextUse() throws Exception {
        assumeTrue(OwnerOnly.posix(data), "POSIX permissions only");
        SecretEntry e = store().put(ORIGIN, PASSWORD);
        Path key = folder().resolve("master.key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(store().find(e.id())).contains(PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void aTamperedValueFailsItsIntegrityCheckWithAClearMessage() throws Exception {
        SecretEntry e = store().put(ORIGIN, PASSWORD);
        Path file = folder().resolve("secrets.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        ObjectNode entry = (ObjectNode) root.get("entries").get(0);
        byte[] ct = Base64.getDecoder().decode(entry.get("value").asText());
        ct[0] ^= 1;
        entry.put("value", Base64.getEncoder().encodeToString(ct));
        json.writeValue(file.toFile(), root);

        assertThatThrownBy(() -> store().find(e.id())).isInstanceOf(SecretStoreException.class)
            .hasMessageContaining("secret " + e.id())
            .hasMessageContaining("Email.password in canvas 'Alerts'")
            .hasMessageContaining("failed its integrity check")
            .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void aValueMovedToAnotherEntryFailsItsIntegrityCheck() throws Exception {
        SecretEntry a = store().put(ORIGIN, PASSWORD);
        store().put(ORIGIN, "other");
        Path file = folder().resolve("secrets.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        ObjectNode first = (ObjectNode) root.get("entries").get(0);
        ObjectNode second = (ObjectNode) root.get("entries").get(1);
        first.set("nonce", second.get("nonce"));
        first.set("value", second.get("value"));
        json.writeValue(file.toFile(), root);

        assertThatThrownBy(() -> store().find(a.id())).isInstanceOf(SecretStoreException.class)
            .hasMessageContaining("failed its integrity check");
    }

    @Test
    void aDifferentMasterKeyIsReportedAsSuchAndNothingIsOverwritten() throws Exception {
        SecretEntry e = store().put(ORIGIN, PASSWORD);
        Path key = folder().resolve("master.key");
        Path secrets = folder().resolve("secrets.json");
        byte[] before = Files.readAllBytes(secrets);
        Files.delete(key);
        // another store's key in its place
        Path other = Files.createTempDirectory(data, "other");
        SecretStore.in(DataDirectory.open(Optional.of(other))).put(ORIGIN, "x");
        Files.copy(other.resolve("secrets/master.key"), key);

        assertThatThrownBy(() -> store().find(e.id())).isInstanceOf(SecretStoreException.class)
            .hasMessageContaining("written with a different master key");
        assertThatThrownBy(() -> store().put(ORIGIN, "new")).isInstanceOf(SecretStoreException.class)
            .hasMessageContaining("different master key");
        assertThat(Files.readAllBytes(secrets)).isEqualTo(before);
    }

    @Test
    void aMissingMasterKeyIsNeverSilentlyReplaced() throws Exception {
        SecretEntry e = store().put(ORIGIN, PASSWORD);
        Files.delete(folder().resolve("master.key"));
        assertThatThrownBy(() -> store().put(ORIGIN, "new")).isInstanceOf(SecretStoreException.class)
            .hasMessageContaining("master.key is missing").hasMessageContaining("1 secrets");
        assertThatThrownBy(() -> store().find(e.id())).hasMessageContaining("master.key is missing");
        assertThat(folder().resolve("master.key")).doesNotExist();
        // listing needs no key: the user can still see what is stored and delete it
        assertThat(store().list()).hasSize(1);
    }

    @Test
    void aDamagedMasterKeyFileIsReportedAsDamaged() throws Exception {
        SecretEntry e = store().put(ORIGIN, PASSWORD);
        Path key = folder().resolve("master.key");
        Files.writeString(key, "{\"version\":1,\"cipher\":\"AES-256-GCM\",\"key\":\"c2hvcnQ=\"}");
        assertThatThrownBy(() -> store().find(e.id())).isInstanceOf(SecretStoreException.class)
            .hasMessageContaining("master.key is damaged").hasMessageContaining("5 bytes instead of 32");
        Files.writeString(key, "not json at all");
        assertThatThrownBy(() -> store().find(e.id())).hasMessageContaining("is damaged (not JSON)");
    }

    @Test
    void aDamagedSecretsFileIsReportedAsDamaged() throws Exception {
        store().put(ORIGIN, PASSWORD);
        Files.writeString(folder().resolve("secrets.json"), "{\"version\":1,\"entries\":[{\"id\":\"a\"}]}");
        assertThatThrownBy(() -> store().list()).isInstanceOf(SecretStoreException.class)
            .hasMessageContaining("secrets.json is damaged");
        Files.writeString(folder().resolve("secrets.json"), "{\"version\":2,\"entries\":[]}");
        assertThatThrownBy(() -> store().list()).hasMessageContaining("has version 2");
    }

    @Test
    void anEmptyStoreCreatesNothingUntilASecretIsStored() {
        assertThat(store().list()).isEmpty();
        assertThat(store().find("nope")).isEmpty();
        assertThat(folder().resolve("master.key")).doesNotExist();
        assertThat(List.of(store().put(ORIGIN, "v"))).hasSize(1);
        assertThat(folder().resolve("master.key")).exists();
    }
}
