package dev.rivulet.modules.custom;

import dev.rivulet.core.DataType;

/**
 * A port declared by a JavaModule's code, found by reading the code (never by running it).
 *
 * @param defaultValue a parameter's default (the literal in the code), null for inputs and outputs
 */
public record PortSpec(Kind kind, String name, DataType type, Object defaultValue) {
    /** Where the port sits on the module. */
    public enum Kind { INPUT, PARAMETER, OUTPUT }
}
