package dev.rivulet.runtime.streams.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Text cells to typed field values (numbers keep integers as Long), with errors that say what was expected. */
final class FieldValues {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldValues() {
    }

    static Object parse(String cell, FieldDefinition field) {
        switch (field.type()) {
            case NUMBER -> {
                try {
                    return Long.parseLong(cell);
                } catch (NumberFormatException notWhole) {
                    try {
                        return Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("\"" + cell + "\" is not a number");
                    }
                }
            }
            case BOOLEAN -> {
                String s = cell.toLowerCase(Locale.ROOT);
                if (!s.equals("true") && !s.equals("false")) {
                    throw new IllegalArgumentException("\"" + cell + "\" is not true or false");
                }
                return Boolean.valueOf(s);
            }
            case MAP, LIST -> {
                Object v;
                try {
                    v = JSON.readValue(cell, Object.class);
                } catch (IOException e) {
                    throw new IllegalArgumentException("\"" + cell + "\" is not JSON");
                }
                boolean map = field.type() == FieldType.MAP;
                if (map ? !(v instanceof Map) : !(v instanceof List)) {
                    throw new IllegalArgumentException("\"" + cell + "\" is not a JSON " + (map ? "object" : "array"));
                }
                return v;
            }
            default -> {
                return cell;
            }
        }
    }
}
