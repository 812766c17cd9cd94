package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.modules.list.CollectionValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** Streamr's HeadMap: the first {@code limit} entries of a map, in its order (e.g. after SortMap). */
public final class HeadMap extends ModuleInstance {
    private final Parameter limit = doubleParam("limit", 50).help("How many entries to keep from the start.");
    private final Input in = mapInput("in").help("The map to take entries from.");
    private final Output out = output("out", DataType.MAP).help("The first entries of the map.");

    @Override
    public void initialize() {
        CollectionValues.count(limit);
    }

    @Override
    public void sendOutput() {
        int n = CollectionValues.count(limit);
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : in.getMap().entrySet()) {
            if (kept.size() >= n) {
                break;
            }
            kept.put(e.getKey(), e.getValue());
        }
        out.send(CollectionValues.freeze(kept));
    }
}
