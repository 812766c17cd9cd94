package dev.rivulet.modules.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to runtime values and back: objects become maps (key order kept), arrays lists, every number a Double
 * (the engine's one number type, so a value read from JSON compares and sums like one from a stream).
 *
 * <p>Usage: {@code Object v = JsonValues.parse("{\"a\": [1, 2]}");}
 */
final class JsonValues {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonValues() {
    }

    /** Parses JSON text; throws IllegalArgumentException with the parser's short message. */
    static Object parse(String text) {
        try {
            return normalize(JSON.readValue(text, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage()
                + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    /** Numbers as Doubles, maps and lists copied, unmodifiable (null stays null). */
    static Object normalize(Object v) {
        if (v instanceof Number n && !(v instanceof Double)) {
            return n.doubleValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                copy.put(String.valueOf(e.getKey()), normalize(e.getValue()));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object o : l) {
                copy.add(normalize(o));
            }
            return Collections.unmodifiableList(copy);
        }
        return v;
    }
}
