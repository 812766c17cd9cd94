package dev.rivulet.runtime.streams.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads and writes each stream's {@link TransportChoice}, kept under {@code "transport"} in the stream's
 * {@code config} JSON column of {@code streams.db} (other keys of the config are left as they are). A stream without
 * a choice uses the in-process broker.
 *
 * <p>Usage: {@code new TransportSettings(registry).set(id, new TransportChoice.Mqtt("mqtt://127.0.0.1:1883"));}
 */
public final class TransportSettings {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StreamRegistry registry;

    public TransportSettings(StreamRegistry registry) {
        this.registry = registry;
    }

    /** The stream's choice; {@link TransportChoice.InProcess} when none is stored. */
    public TransportChoice get(StreamId id) {
        JsonNode t = readConfig(id).orElseThrow(() -> new StreamException("unknown stream " + id)).path("transport");
        return switch (t.path("kind").asText("in-process")) {
            case "mqtt" -> new TransportChoice.Mqtt(t.path("url").asText());
            case "streamr" -> new TransportChoice.StreamrNode(t.path("url").asText(), t.path("apiKey").asText(""));
            default -> new TransportChoice.InProcess();
        };
    }

    /** Stores the choice in the stream's config. */
    public void set(StreamId id, TransportChoice choice) {
        ObjectNode config = readConfig(id).orElseThrow(() -> new StreamException("unknown stream " + id));
        ObjectNode t = config.putObject("transport");
        if (choice instanceof TransportChoice.Mqtt m) {
            t.put("kind", "mqtt").put("url", m.brokerUrl());
        } else if (choice instanceof TransportChoice.StreamrNode s) {
            t.put("kind", "streamr").put("url", s.nodeUrl()).put("apiKey", s.apiKey());
        } else {
            t.put("kind", "in-process");
        }
        try (Connection c = registry.database().connect();
             PreparedStatement ps = c.prepareStatement("UPDATE streams SET config = ? WHERE id = ?")) {
            ps.setString(1, config.toString());
            ps.setString(2, id.toString());
            if (ps.executeUpdate() == 0) {
                throw new StreamException("unknown stream " + id);
            }
        } catch (SQLException e) {
            throw new StreamException("cannot store the transport of stream " + id + ": " + e.getMessage(), e);
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
