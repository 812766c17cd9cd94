package dev.rivulet.runtime.modules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rivulet.core.Values;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to engine values and back, for the modules that talk to web services. Parsed values follow the engine's
 * conventions: every number is a double, objects are maps that keep their key order, and nothing parsed can be
 * changed (it may be shared by several modules downstream).
 *
 * <p>Usage: {@code Object v = JsonValues.parse("{\"a\": [1, 2]}");  String s = JsonValues.write(map);}
 */
public final class JsonValues {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonValues() {
    }

    /** One JSON value (object, array, text, number, boolean, or null). Throws IOException for malformed JSON. */
    public static Object parse(String text) throws IOException {
        return normalise(JSON.readValue(text, Object.class));
    }

    /**
     * Every JSON value in the text, in order: most bodies hold one, but some services answer with several values
     * separated by whitespace ({@code 1 2 3}). Stops at the first malformed value, keeping those read before it.
     */
    public static List<Object> parseAll(String text, List<String> errors) {
        List<Object> values = new ArrayList<>();
        try (MappingIterator<Object> it = JSON.readerFor(Object.class).readValues(text)) {
            while (it.hasNextValue()) {
                values.add(normalise(it.nextValue()));
            }
        } catch (IOException | RuntimeException e) {
            errors.add("The response is not valid JSON: " + firstLine(e.getMessage()));
        }
        return values;
    }

    /**
     * An engine value as JSON text. Whole numbers are written without a fraction (1, not 1.0) because the engine keeps
     * every number as a double, and web services that expect an integer often refuse 1.0.
     */
    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(forJson(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + Values.describe(value) + " as JSON: "
                + e.getOriginalMessage(), e);
        }
    }

    private static Object forJson(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (v instanceof Float f && f == Math.rint(f) && Math.abs(f) < 1e7) {
            return f.longValue();
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(forJson(o));
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), forJson(e.getValue()));
            }
            return out;
        }
        return v;
    }

    /** An unchangeable copy with numbers as doubles and map keys as text. */
    public static Object normalise(Object v) {
        if (v instanceof Number n && !(v instanceof Double)) {
            return n.doubleValue();
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(normalise(o));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), normalise(e.getValue()));
            }
            return Collections.unmodifiableMap(out);
        }
        return v;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
