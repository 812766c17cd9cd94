package dev.rivulet.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small helpers shared by the Streamr conversion: JSON/Java value conversion and the "raw" side map.
 *
 * <p>A node's modelled fields cannot hold every JSON value Streamr wrote (an explicit null, a number where we keep a
 * string, "NaNpx"). Such originals go into the node's {@code streamrRaw} extra, keyed by their Streamr name, and are
 * written back only while the modelled field is still empty (or, for formatted values, still means the same), so a
 * round trip is lossless and an edit always wins.
 */
final class StreamrJson {
    /** Extra key holding original Streamr values a modelled field could not represent. */
    static final String RAW = "streamrRaw";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StreamrJson() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A JSON value as plain Java (maps, lists, Integer/Long/Double, String, Boolean, null), as Jackson binds. */
    static Object toJava(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        try {
            return JsonSupport.MAPPER.treeToValue(n, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode toJson(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return JsonSupport.MAPPER.valueToTree(v);
    }

    static boolean isInt(JsonNode n) {
        return n != null && n.isIntegralNumber() && n.canConvertToInt();
    }

    /** Records an original value in the node's raw map. */
    @SuppressWarnings("unchecked")
    static void putRaw(Extensible node, String key, JsonNode value) {
        Map<String, Object> raw = (Map<String, Object>) node.extra().computeIfAbsent(RAW, k -> new LinkedHashMap<>());
        raw.put(key, toJava(value));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> raw(Extensible node) {
        Object raw = node.extra(RAW);
        return raw instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** Writes the node's extras (except the raw map and the given internal keys) into a Streamr object. */
    static void putExtras(ObjectNode out, Extensible node, String... internalKeys) {
        outer:
        for (Map.Entry<String, Object> e : node.extra().entrySet()) {
            if (e.getKey().equals(RAW)) {
                continue;
            }
            for (String k : internalKeys) {
                if (k.equals(e.getKey())) {
                    continue outer;
                }
            }
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), toJson(e.getValue()));
            }
        }
    }

    /** Adds raw originals for keys the modelled fields left unset. */
    static void putRawFallbacks(ObjectNode out, Extensible node) {
        for (Map.Entry<String, Object> e : raw(node).entrySet()) {
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), toJson(e.getValue()));
            }
        }
    }
}
