package dev.rivulet.custom;

import dev.rivulet.core.Input;

/**
 * A true/false parameter. The default is the literal given in the code; the canvas keeps the value the user sets.
 *
 * <p>Usage: {@code BooleanParameter enabled = booleanParam("enabled", true);} or {@code new BooleanParameter(this, "name", default)} in a field initialiser.
 */
public final class BooleanParameter extends CustomInput<Boolean> {
    /** The default is read from the code itself when the module is configured; this argument only documents it. */
    public BooleanParameter(CustomModule owner, String name, boolean defaultValue) {
        super(owner, owner.host().param(name), "parameter", name);
    }

    @Override
    Boolean read(Input port) {
        return port.getBoolean();
    }
}
