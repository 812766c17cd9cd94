package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.modules.list.CollectionValues;
import java.util.LinkedHashMap;
import java.util.Map;

/** Streamr's TailMap: the last {@code limit} entries of a map, in its order (e.g. after SortMap). */
public final class TailMap extends ModuleInstance {
    private final Parameter limit = doubleParam("limit", 50).help("How many entries to keep from the end.");
    private final Input in = mapInput("in").help("The map to take entries from.");
    private final Output out = output("out", DataType.MAP).help("The last entries of the map, in their order.");

    @Override
    public void initialize() {
        CollectionValues.count(limit);
    }

    @Override
    public void sendOutput() {
        Map<String, Object> source = in.getMap();
        int skip = source.size() - CollectionValues.count(limit);
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : source.entrySet()) {
            if (skip-- > 0) {
                continue;
            }
            kept.put(e.getKey(), e.getValue());
        }
        out.send(CollectionValues.freeze(kept));
    }
}
