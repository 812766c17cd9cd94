package dev.rivulet.custom;

import dev.rivulet.core.Input;

/**
 * An input accepting any value (Streamr's Input&lt;Object&gt;).
 *
 * <p>Usage: {@code AnyInput anything = anyInput("anything");} or {@code new AnyInput(this, "name")} in a field initialiser.
 */
public final class AnyInput extends CustomInput<Object> {
    public AnyInput(CustomModule owner, String name) {
        super(owner, owner.host().input(name), "input", name);
    }

    @Override
    Object read(Input port) {
        return port.getValue();
    }
}
