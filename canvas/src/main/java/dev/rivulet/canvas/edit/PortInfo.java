package dev.rivulet.canvas.edit;

import dev.rivulet.core.DataType;
import dev.rivulet.core.TypeSet;

/**
 * What the editor knows about one port of a module on the canvas: its kind, types and which toggles it allows.
 *
 * @param types          accepted (inputs, parameters) or produced (outputs) types
 * @param known          false for a port the saved module has but its type does not declare (or an unknown type's)
 * @param updatesPorts   a parameter whose value decides the module's ports (an expression's variables...)
 * @param variadic       the port belongs to a growable group
 */
public record PortInfo(String name, String displayName, Kind kind, DataType type, TypeSet types,
                       boolean canToggleDriving, boolean canBeNoRepeat, boolean secret, boolean updatesPorts,
                       boolean variadic, boolean known) {

    /** Where a port sits: inputs and parameters receive, outputs send. */
    public enum Kind {
        PARAMETER, INPUT, OUTPUT;

        public boolean receives() {
            return this != OUTPUT;
        }
    }
}
