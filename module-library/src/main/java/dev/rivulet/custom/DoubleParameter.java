package dev.rivulet.custom;

import dev.rivulet.core.Input;

/**
 * A number parameter, shown in the module's settings and changeable while the canvas runs. The default is the literal given in the code; the canvas keeps the value the user sets.
 *
 * <p>Usage: {@code DoubleParameter factor = doubleParam("factor", 2);} or {@code new DoubleParameter(this, "name", default)} in a field initialiser.
 */
public final class DoubleParameter extends CustomInput<Double> {
    /** The default is read from the code itself when the module is configured; this argument only documents it. */
    public DoubleParameter(CustomModule owner, String name, double defaultValue) {
        super(owner, owner.host().param(name), "parameter", name);
    }

    @Override
    Double read(Input port) {
        return Double.valueOf(port.getDouble());
    }
}
