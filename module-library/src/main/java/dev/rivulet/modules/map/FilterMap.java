package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Values;
import dev.rivulet.modules.list.CollectionValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streamr's FilterMap: only the entries with the listed keys, in the order of the list; keys the map lacks are
 * skipped. An empty key list passes the map on unchanged.
 */
public final class FilterMap extends ModuleInstance {
    private final Parameter keys = param("keys", DataType.LIST, CollectionValues.EMPTY_LIST)
        .help("The keys to keep, e.g. [\"price\", \"volume\"] or price, volume. Empty keeps everything.");
    private final Input in = mapInput("in").help("The map to filter.");
    private final Output out = output("out", DataType.MAP).help("The map with only the listed keys.");

    @Override
    public void initialize() {
        CollectionValues.listValue(keys.getValue(), "keys");
    }

    @Override
    public void sendOutput() {
        List<Object> wanted = CollectionValues.listValue(keys.getValue(), "keys");
        Map<String, Object> source = in.getMap();
        if (wanted.isEmpty()) {
            out.send(source);
            return;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Object k : wanted) {
            String key = k instanceof Double d ? Values.format(d) : String.valueOf(k);
            Object v = source.get(key);
            if (v != null) {
                kept.put(key, v);
            }
        }
        out.send(CollectionValues.freeze(kept));
    }
}
