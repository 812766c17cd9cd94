package dev.rivulet.runtime.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code secrets.json}, version 1: the key's fingerprint and one entry per secret, its metadata in clear and its value
 * as AES-GCM nonce and ciphertext (base64). Written whole to an owner-only temporary file and moved over the old one,
 * so a crash leaves either the old or the new file, never half of one.
 */
final class SecretFile {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry as stored. */
    record Stored(SecretEntry entry, MasterKey.Sealed sealed) {
    }

    /** The file's content; keyId is null when the file does not exist yet. */
    record Content(String keyId, List<Stored> entries) {
        Content {
            entries = List.copyOf(entries);
        }
    }

    private SecretFile() {
    }

    static Content read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Content(null, List.of());
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw damaged(file, "not JSON");
        }
        if (root == null || !root.isObject()) {
            throw damaged(file, "not a JSON object");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new SecretStoreException(file + " has version " + root.path("version")
                + "; this build reads version " + VERSION + " (written by a newer Rivulet?)");
        }
        List<Stored> entries = new ArrayList<>();
        Base64.Decoder b64 = Base64.getDecoder();
        int i = 0;
        for (JsonNode e : root.path("entries")) {
            String id = e.path("id").asText("");
            if (id.isEmpty() || !e.path("nonce").isTextual() || !e.path("value").isTextual()) {
                throw damaged(file, "entry " + i + " lacks its id, nonce or value");
            }
            try {
                SecretEntry entry = new SecretEntry(id, e.path("canvasId").asText(""), e.path("canvasName").asText(""),
                    e.path("module").asInt(0), e.path("moduleName").asText(""), e.path("param").asText(""),
                    Instant.ofEpochMilli(e.path("updated").asLong(0)));
                entries.add(new Stored(entry, new MasterKey.Sealed(b64.decode(e.path("nonce").asText()),
                    b64.decode(e.path("value").asText()))));
            } catch (IllegalArgumentException ex) {
                throw damaged(file, "entry " + id + " is not base64");
            }
            i++;
        }
        return new Content(root.path("keyId").asText(null), entries);
    }

    static void write(Path file, Content content) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("cipher", MasterKey.CIPHER);
        root.put("keyId", content.keyId());
        ArrayNode array = root.putArray("entries");
        Base64.Encoder b64 = Base64.getEncoder();
        for (Stored s : content.entries()) {
            SecretEntry e = s.entry();
            ObjectNode o = array.addObject();
            o.put("id", e.id());
            o.put("canvasId", e.canvasId());
            o.put("canvasName", e.canvasName());
            o.put("module", e.module());
            o.put("moduleName", e.moduleName());
            o.put("param", e.param());
            o.put("updated", e.updated().toEpochMilli());
            o.put("nonce", b64.encodeToString(s.sealed().nonce()));
            o.put("value", b64.encodeToString(s.sealed().ciphertext()));
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        OwnerOnly.createFile(tmp);
        Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static SecretStoreException damaged(Path file, String why) {
        return new SecretStoreException(file + " is damaged (" + why + "): restore it from a backup, or delete it and"
            + " set the secrets again");
    }
}
