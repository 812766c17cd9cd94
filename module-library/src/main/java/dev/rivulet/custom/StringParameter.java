package dev.rivulet.custom;

import dev.rivulet.core.Input;

/**
 * A text parameter. The default is the literal given in the code; the canvas keeps the value the user sets.
 *
 * <p>Usage: {@code StringParameter prefix = stringParam("prefix", "");} or {@code new StringParameter(this, "name", default)} in a field initialiser.
 */
public final class StringParameter extends CustomInput<String> {
    /** The default is read from the code itself when the module is configured; this argument only documents it. */
    public StringParameter(CustomModule owner, String name, String defaultValue) {
        super(owner, owner.host().param(name), "parameter", name);
    }

    @Override
    String read(Input port) {
        return port.getString();
    }
}
