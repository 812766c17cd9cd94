package dev.rivulet.custom;

import dev.rivulet.core.Input;
import java.util.Map;

/**
 * A map input.
 *
 * <p>Usage: {@code MapInput record = mapInput("record");} or {@code new MapInput(this, "name")} in a field initialiser.
 */
public final class MapInput extends CustomInput<Map<String, Object>> {
    public MapInput(CustomModule owner, String name) {
        super(owner, owner.host().input(name), "input", name);
    }

    @Override
    Map<String, Object> read(Input port) {
        return port.getMap();
    }
}
