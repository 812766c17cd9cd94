package dev.rivulet.runtime.streams.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Message payloads on MQTT. Rivulet's envelope (version 1): {@code {"v":1, "ts", "seq", "publisher", "chain",
 * "content": {...}, "signature": {"type","value"} | absent}}, the stream and partition being in the topic. A Streamr
 * node's MQTT plugin sends and expects the content object alone.
 */
final class MqttPayloads {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MqttPayloads() {
    }

    static byte[] envelope(StreamMessage m) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", VERSION).put("ts", m.timestamp()).put("seq", m.sequence()).put("publisher", m.publisherId())
            .put("chain", m.chainId());
        root.set("content", JSON.valueToTree(m.content()));
        if (m.signature() != null) {
            root.putObject("signature").put("type", m.signature().type()).put("value", m.signature().value());
        }
        return bytes(root);
    }

    static byte[] contentOnly(StreamMessage m) {
        return bytes(JSON.valueToTree(m.content()));
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Reads an envelope; throws IllegalArgumentException saying why when it is not one. */
    @SuppressWarnings("unchecked")
    static StreamMessage readEnvelope(StreamId stream, int partition, byte[] payload) {
        JsonNode root = tree(payload);
        if (root.path("v").asInt(0) != VERSION || !root.path("content").isObject()) {
            throw new IllegalArgumentException("not a version " + VERSION + " Rivulet stream message");
        }
        StreamMessage.Signature sig = root.path("signature").isObject()
            ? new StreamMessage.Signature(root.path("signature").path("type").asText(),
                root.path("signature").path("value").asText())
            : null;
        return new StreamMessage(stream, partition, root.path("ts").asLong(), root.path("seq").asLong(),
            root.path("publisher").asText(""), root.path("chain").asText(""),
            JSON.convertValue(root.get("content"), LinkedHashMap.class), sig);
    }

    /** Reads plain content (a JSON object), as a Streamr node sends it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> readContent(byte[] payload) {
        JsonNode root = tree(payload);
        if (!root.isObject()) {
            throw new IllegalArgumentException("content must be a JSON object");
        }
        return JSON.convertValue(root, LinkedHashMap.class);
    }

    private static JsonNode tree(byte[] payload) {
        try {
            JsonNode n = JSON.readTree(payload);
            if (n == null) {
                throw new IllegalArgumentException("empty payload");
            }
            return n;
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }
}
