package dev.rivulet.core;

import java.util.List;

/**
 * A module option (Streamr's "options": settings that are not ports, such as Table maxRows or Chart inputs).
 *
 * @param type one of string, int, double, boolean, color
 */
public record ModuleOption(String name, String type, Object defaultValue, List<Parameter.PossibleValue> possibleValues,
                           String help) {
    public ModuleOption {
        possibleValues = possibleValues == null ? List.of() : List.copyOf(possibleValues);
        help = help == null ? "" : help;
    }
}
