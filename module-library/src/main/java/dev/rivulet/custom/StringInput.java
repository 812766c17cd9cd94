package dev.rivulet.custom;

import dev.rivulet.core.Input;

/**
 * A text input.
 *
 * <p>Usage: {@code StringInput text = stringInput("text");} or {@code new StringInput(this, "name")} in a field initialiser.
 */
public final class StringInput extends CustomInput<String> {
    public StringInput(CustomModule owner, String name) {
        super(owner, owner.host().input(name), "input", name);
    }

    @Override
    String read(Input port) {
        return port.getString();
    }
}
