package dev.rivulet.app.streams;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.runtime.streams.FieldDefinition;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the text of the publish form into message content by the stream's schema. Blank fields are left out;
 * anything that does not fit its type is refused, naming the field.
 *
 * <p>Usage: {@code Map<String, Object> content = TestMessages.content(def.fields(), Map.of("price", "1.5"));}
 */
public final class TestMessages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestMessages() {
    }

    public static Map<String, Object> content(List<FieldDefinition> fields, Map<String, String> text) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldDefinition f : fields) {
            String v = text.getOrDefault(f.name(), "");
            if (v == null || v.isBlank()) {
                continue;
            }
            out.put(f.name(), value(f, v.trim()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("fill in at least one field of the test message");
        }
        return out;
    }

    private static Object value(FieldDefinition f, String v) {
        try {
            return switch (f.type()) {
                case NUMBER -> Double.parseDouble(v);
                case STRING -> v;
                case BOOLEAN -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("true or false");
                };
                case MAP -> JSON.readValue(v, new TypeReference<LinkedHashMap<String, Object>>() { });
                case LIST -> JSON.readValue(v, new TypeReference<List<Object>>() { });
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field \"" + f.name() + "\": \"" + v + "\" is not a number");
        } catch (IOException e) {
            throw new IllegalArgumentException("field \"" + f.name() + "\": not a JSON " + f.type().label()
                + " (e.g. " + (f.type().label().equals("map") ? "{\"a\": 1}" : "[1, 2]") + ")");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field \"" + f.name() + "\": \"" + v + "\" is not " + e.getMessage());
        }
    }
}
