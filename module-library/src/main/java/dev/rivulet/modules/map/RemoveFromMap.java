package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.modules.list.CollectionValues;
import java.util.Map;

/** Streamr's RemoveFromMap: the map without a key, and the value that key had (when it had one). */
public final class RemoveFromMap extends ModuleInstance {
    private final Input in = mapInput("in").help("The map to remove from (it is not changed; a copy is sent).");
    private final Input key = stringInput("key").help("The key to remove.");
    private final Output out = output("out", DataType.MAP).help("The map without the key.");
    private final Output item = anyOutput("item").help("The removed value; nothing is sent when the key was absent.");

    @Override
    public void sendOutput() {
        Map<String, Object> source = in.getMap();
        String k = key.getString();
        if (!source.containsKey(k)) {
            out.send(source);
            return;
        }
        Map<String, Object> map = CollectionValues.copy(source);
        Object removed = map.remove(k);
        if (removed != null) {
            item.send(removed);
        }
        out.send(CollectionValues.freeze(map));
    }
}
