package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.modules.list.CollectionValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streamr's SortMap: the same entries ordered by key or by value, ascending or descending (defaults by value,
 * ascending, as in Streamr). Equal values are ordered by key. Mixed values sort numbers first, then text, then booleans
 * (Streamr failed on them).
 */
public final class SortMap extends ModuleInstance {
    private final Parameter by = stringParam("by", "value").choices("key", "key", "value", "value")
        .help("Sort by the entries' keys or by their values.");
    private final Parameter order = stringParam("order", "asc").choices("ascending", "asc", "descending", "desc")
        .help("asc for smallest first, desc for largest first.");
    private final Input in = mapInput("in").help("The map to sort.");
    private final Output out = output("out", DataType.MAP).help("The map with its entries in sorted order.");

    @Override
    public void initialize() {
        comparator();
    }

    @Override
    public void sendOutput() {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(in.getMap().entrySet());
        entries.sort(comparator());
        Map<String, Object> sorted = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries) {
            sorted.put(e.getKey(), e.getValue());
        }
        out.send(CollectionValues.freeze(sorted));
    }

    private Comparator<Map.Entry<String, Object>> comparator() {
        String b = by.getString().trim();
        String o = order.getString().trim();
        boolean desc;
        if (o.equalsIgnoreCase("asc") || o.equalsIgnoreCase("ascending")) {
            desc = false;
        } else if (o.equalsIgnoreCase("desc") || o.equalsIgnoreCase("descending")) {
            desc = true;
        } else {
            throw new ModuleException("order must be asc or desc, got \"" + o + "\"");
        }
        Comparator<Map.Entry<String, Object>> byKey = Map.Entry.comparingByKey();
        if (b.equalsIgnoreCase("key")) {
            return desc ? byKey.reversed() : byKey;
        }
        if (!b.equalsIgnoreCase("value")) {
            throw new ModuleException("by must be key or value, got \"" + b + "\"");
        }
        return (x, y) -> {
            int c = CollectionValues.compare(x.getValue(), y.getValue());
            return c != 0 ? (desc ? -c : c) : x.getKey().compareTo(y.getKey());
        };
    }
}
