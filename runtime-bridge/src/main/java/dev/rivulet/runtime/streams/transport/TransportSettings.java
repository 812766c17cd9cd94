package dev.rivulet.runtime.streams.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.runtime.secrets.SecretEntry;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes each stream's {@link TransportChoice}, kept under {@code "transport"} in the stream's
 * {@code config} JSON column of {@code streams.db} (other keys of the config are left as they are). A stream without
 * a choice uses the in-process broker. Credentials (the MQTT password, the Streamr node's API key) go into the
 * {@link SecretStore}; the config keeps only their ids ({@code passwordRef}, {@code apiKeyRef}).
 * {@link #moveClearSecrets()} moves values that earlier versions kept in clear text and wipes them from the file.
 *
 * <p>Usage: {@code new TransportSettings(registry, secrets).set(id, new TransportChoice.Mqtt("mqtt://127.0.0.1:1883"));}
 */
public final class TransportSettings {
    private static final Logger LOG = LoggerFactory.getLogger(TransportSettings.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StreamRegistry registry;
    private final SecretStore secrets;

    /**
     * @param secrets where credentials go; null refuses choices that carry one (tools that only read transports)
     */
    public TransportSettings(StreamRegistry registry, SecretStore secrets) {
        this.registry = registry;
        this.secrets = secrets;
    }

    /** The stream's choice; {@link TransportChoice.InProcess} when none is stored. */
    public TransportChoice get(StreamId id) {
        JsonNode t = readConfig(id).orElseThrow(() -> new StreamException("unknown stream " + id)).path("transport");
        return switch (t.path("kind").asText("in-process")) {
            case "mqtt" -> new TransportChoice.Mqtt(t.path("url").asText(), t.path("username").asText(""),
                secret(id, t, "password"), t.path("caFile").asText(""));
            case "streamr" -> new TransportChoice.StreamrNode(t.path("url").asText(), secret(id, t, "apiKey"));
            default -> new TransportChoice.InProcess();
        };
    }

    /** Stores the choice in the stream's config, its credential in the secret store. */
    public void set(StreamId id, TransportChoice choice) {
        ObjectNode config = readConfig(id).orElseThrow(() -> new StreamException("unknown stream " + id));
        ObjectNode t = config.putObject("transport");
        if (choice instanceof TransportChoice.Mqtt m) {
            t.put("kind", "mqtt").put("url", m.brokerUrl());
            if (!m.username().isEmpty()) {
                t.put("username", m.username());
            }
            if (!m.caCertificateFile().isEmpty()) {
                t.put("caFile", m.caCertificateFile());
            }
            storeSecret(id, t, "password", m.password());
        } else if (choice instanceof TransportChoice.StreamrNode s) {
            t.put("kind", "streamr").put("url", s.nodeUrl());
            storeSecret(id, t, "apiKey", s.apiKey());
        } else {
            t.put("kind", "in-process");
            forgetSecret(id, "password");
            forgetSecret(id, "apiKey");
        }
        try (Connection c = registry.database().connect()) {
            write(c, id, config);
        } catch (SQLException e) {
            throw new StreamException("cannot store the transport of stream " + id + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the stored credentials of a stream (when the stream is deleted). */
    public void forget(StreamId id) {
        forgetSecret(id, "password");
        forgetSecret(id, "apiKey");
    }

    /**
     * Moves credentials that earlier versions stored in clear text in a config into the secret store, rewrites those
     * configs with references, and wipes the old text from streams.db (secure delete, then a WAL checkpoint that
     * truncates the log). Idempotent; returns how many streams were rewritten.
     */
    public int moveClearSecrets() {
        int moved = 0;
        for (StreamDefinition def : registry.list()) {
            JsonNode t = readConfig(def.id()).map(c -> c.path("transport")).orElse(null);
            if (t != null && (t.has("password") || t.has("apiKey"))) {
                set(def.id(), get(def.id()));
                moved++;
            }
        }
        if (moved > 0) {
            try (Connection c = registry.database().connect(); Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                LOG.warn("streams.db: the log still holds old pages after moving credentials: {}", e.getMessage());
            }
            LOG.info("moved the transport credentials of {} streams into the secret store", moved);
        }
        return moved;
    }

    /** The secret id of a stream's credential: one per stream and kind, so saving again replaces it. */
    static String secretId(StreamId id, String what) {
        return "stream:" + id + ":" + what;
    }

    private String secret(StreamId id, JsonNode t, String what) {
        if (t.has(what)) {
            return t.path(what).asText(""); // clear text of an earlier version, until moveClearSecrets runs
        }
        String ref = t.path(what + "Ref").asText("");
        if (ref.isEmpty()) {
            return "";
        }
        if (secrets == null) {
            throw new StreamException("the " + what + " of stream " + id + "'s transport is in the secret store,"
                + " which this tool does not open");
        }
        return secrets.find(ref).map(String::valueOf).orElseThrow(() -> new StreamException("the " + what
            + " of stream " + id + "'s transport (secret " + ref + ") is not stored on this computer: enter it again"
            + " in the Streams pane"));
    }

    private void storeSecret(StreamId id, ObjectNode t, String what, String value) {
        if (value.isEmpty()) {
            forgetSecret(id, what);
            return;
        }
        if (secrets == null) {
            throw new StreamException("cannot keep the " + what + " of stream " + id + ": no secret store");
        }
        String ref = secretId(id, what);
        secrets.set(ref, new SecretEntry.Origin("", "", 0, "stream " + id, what), value);
        t.put(what + "Ref", ref);
    }

    private void forgetSecret(StreamId id, String what) {
        if (secrets != null && secrets.entry(secretId(id, what)).isPresent()) {
            secrets.delete(secretId(id, what));
        }
    }

    private static void write(Connection c, StreamId id, ObjectNode config) throws SQLException {
        try (Statement s = c.createStatement()) {
            // the old text of the row (possibly a clear credential) is zeroed in the file, not left in a free page
            s.execute("PRAGMA secure_delete = ON");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE streams SET config = ? WHERE id = ?")) {
            ps.setString(1, config.toString());
            ps.setString(2, id.toString());
            if (ps.executeUpdate() == 0) {
                throw new StreamException("unknown stream " + id);
            }
        }
    }

    private Optional<ObjectNode> readConfig(StreamId id) {
        try (Connection c = registry.database().connect();
             PreparedStatement ps = c.prepareStatement("SELECT config FROM streams WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                JsonNode node = JSON.readTree(rs.getString(1));
                return Optional.of(node instanceof ObjectNode o ? o : JSON.createObjectNode());
            }
        } catch (SQLException e) {
            throw new StreamException("cannot read the config of stream " + id + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new StreamException("the config of stream " + id + " is not JSON: " + e.getMessage(), e);
        }
    }
}
