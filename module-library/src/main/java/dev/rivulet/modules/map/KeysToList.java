package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.modules.list.CollectionValues;
import java.util.ArrayList;

/** Streamr's KeysToList: the keys of a map, in its order. */
public final class KeysToList extends ModuleInstance {
    private final Input in = mapInput("in").help("Any map.");
    private final Output keys = output("keys", DataType.LIST).help("The map's keys.");

    @Override
    public void sendOutput() {
        keys.send(CollectionValues.freeze(new ArrayList<>(in.getMap().keySet())));
    }
}
