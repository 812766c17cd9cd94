package dev.rivulet.custom;

import dev.rivulet.core.Input;

/**
 * A whole-number parameter (Streamr's IntegerParameter); values are rounded. The default is the literal given in the code; the canvas keeps the value the user sets.
 *
 * <p>Usage: {@code IntegerParameter length = intParam("length", 10);} or {@code new IntegerParameter(this, "name", default)} in a field initialiser.
 */
public final class IntegerParameter extends CustomInput<Integer> {
    /** The default is read from the code itself when the module is configured; this argument only documents it. */
    public IntegerParameter(CustomModule owner, String name, int defaultValue) {
        super(owner, owner.host().param(name), "parameter", name);
    }

    @Override
    Integer read(Input port) {
        return Integer.valueOf((int) Math.round(port.getDouble()));
    }
}
