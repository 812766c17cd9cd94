package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.modules.list.CollectionValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streamr's NewMap: an empty map each time trigger receives a value, to start building one with PutToMap.
 *
 * <p>In Streamr, alwaysNew=false resent one mutable map that other modules could fill in place. Maps are never changed
 * in place here, so the map is always empty and the two settings differ only in whether it is the same object; the
 * parameter is kept so that saved canvases load unchanged.
 */
public final class NewMap extends ModuleInstance {
    private static final Map<String, Object> EMPTY = CollectionValues.freeze(new LinkedHashMap<>());

    private final Parameter alwaysNew = booleanParam("alwaysNew", false)
        .help("Send a new map object each time rather than the same one (both are empty).");
    private final Input trigger = anyInput("trigger").help("Any value; each one sends an empty map.");
    private final Output out = output("out", DataType.MAP).help("An empty map.");

    @Override
    public void sendOutput() {
        out.send(alwaysNew.getBoolean() ? CollectionValues.freeze(new LinkedHashMap<>()) : EMPTY);
    }
}
