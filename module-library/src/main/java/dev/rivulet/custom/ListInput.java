package dev.rivulet.custom;

import dev.rivulet.core.Input;
import java.util.List;

/**
 * A list input.
 *
 * <p>Usage: {@code ListInput items = listInput("items");} or {@code new ListInput(this, "name")} in a field initialiser.
 */
public final class ListInput extends CustomInput<List<Object>> {
    public ListInput(CustomModule owner, String name) {
        super(owner, owner.host().input(name), "input", name);
    }

    @Override
    List<Object> read(Input port) {
        return port.getList();
    }
}
