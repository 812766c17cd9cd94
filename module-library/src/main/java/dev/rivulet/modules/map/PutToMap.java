package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.modules.list.CollectionValues;
import java.util.Map;

/** Streamr's PutToMap: the map with a key set to a value (added, or replaced when the key exists). */
public final class PutToMap extends ModuleInstance {
    private final Input mapIn = mapInput("map").help("The map to add to (it is not changed; a copy is sent).");
    private final Input key = stringInput("key").help("The key to set.");
    private final Input value = anyInput("value").help("The value for the key.");
    private final Output mapOut = output("map", DataType.MAP).help("The map with the key set.");

    @Override
    public void sendOutput() {
        Map<String, Object> map = CollectionValues.copy(mapIn.getMap());
        map.put(key.getString(), value.getValue());
        mapOut.send(CollectionValues.freeze(map));
    }
}
