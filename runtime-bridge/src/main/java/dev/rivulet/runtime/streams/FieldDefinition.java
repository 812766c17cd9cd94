package dev.rivulet.runtime.streams;

import java.util.Objects;

/**
 * One field of a stream's schema.
 *
 * <p>Usage: {@code new FieldDefinition("price", FieldType.NUMBER)}
 *
 * @param name the key of the field in each message's content
 * @param type its type
 */
public record FieldDefinition(String name, FieldType type) {
    public FieldDefinition {
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field needs a name");
        }
    }

    /** Parses {@code name:type}, e.g. {@code price:number}. */
    public static FieldDefinition parse(String spec) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("field \"" + spec + "\" should be name:type, e.g. price:number");
        }
        return new FieldDefinition(spec.substring(0, colon).trim(), FieldType.parse(spec.substring(colon + 1)));
    }
}
