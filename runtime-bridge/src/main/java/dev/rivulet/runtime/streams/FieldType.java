package dev.rivulet.runtime.streams;

import dev.rivulet.core.DataType;
import java.util.Locale;

/**
 * The type of a stream field, as Streamr's stream editor offers them.
 *
 * <p>Usage: {@code FieldType.parse("number").dataType() == DataType.DOUBLE}
 */
public enum FieldType {
    NUMBER(DataType.DOUBLE),
    STRING(DataType.STRING),
    BOOLEAN(DataType.BOOLEAN),
    MAP(DataType.MAP),
    LIST(DataType.LIST);

    private final DataType dataType;

    FieldType(DataType dataType) {
        this.dataType = dataType;
    }

    /** The canvas data type of the Stream module output for this field. */
    public DataType dataType() {
        return dataType;
    }

    /** The lower-case name used in files and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a type name (case-insensitive); also accepts "double", "text", "object" (map) and "array" (list). */
    public static FieldType parse(String name) {
        String s = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "number", "double", "timeseries" -> NUMBER;
            case "string", "text" -> STRING;
            case "boolean" -> BOOLEAN;
            case "map", "object" -> MAP;
            case "list", "array" -> LIST;
            default -> throw new IllegalArgumentException("unknown field type \"" + name
                + "\" (use number, string, boolean, map or list)");
        };
    }
}
