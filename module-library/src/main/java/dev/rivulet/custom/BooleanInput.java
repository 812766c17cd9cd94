package dev.rivulet.custom;

import dev.rivulet.core.Input;

/**
 * A boolean input (numbers, text and lists coerce as in Streamr: 0, "", "false" and empty are false).
 *
 * <p>Usage: {@code BooleanInput on = booleanInput("on");} or {@code new BooleanInput(this, "name")} in a field initialiser.
 */
public final class BooleanInput extends CustomInput<Boolean> {
    public BooleanInput(CustomModule owner, String name) {
        super(owner, owner.host().input(name), "input", name);
    }

    @Override
    Boolean read(Input port) {
        return port.getBoolean();
    }
}
