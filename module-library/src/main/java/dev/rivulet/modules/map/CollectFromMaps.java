package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.modules.list.CollectionValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streamr's CollectFromMaps: from a list (or map) of maps, picks one entry of each by a selector in Streamr's syntax
 * ({@link MapPath}: "name", "address.city", "parents[1].name", "tags.length") and sends the picked values as a list
 * (or as a map with the same keys). Items where nothing is found, or that are not maps, are skipped, as in Streamr.
 * An empty selector passes the input on (without empty items).
 *
 * <p>Streamr declared the output as Object (its kind follows the input), so it is "any" here too.
 */
public final class CollectFromMaps extends ModuleInstance {
    private final Parameter selector = stringParam("selector", "")
        .help("Which entry to take from each map: a key, or a path such as address.city or parents[1].name.");
    private final Input input = input("listOrMap", DataType.LIST, DataType.MAP)
        .help("A list of maps, or a map whose values are maps.");
    private final Output output = anyOutput("listOrMap")
        .help("The picked values: a list for a list input, a map with the same keys for a map input.");

    @Override
    public void sendOutput() {
        String path = selector.getString();
        Object in = input.getValue();
        if (in instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object v = pick(e.getValue(), path);
                if (v != null) {
                    out.put(String.valueOf(e.getKey()), v);
                }
            }
            output.send(CollectionValues.freeze(out));
        } else {
            List<Object> out = new ArrayList<>();
            for (Object item : input.getList()) {
                Object v = pick(item, path);
                if (v != null) {
                    out.add(v);
                }
            }
            output.send(CollectionValues.freeze(out));
        }
    }

    private static Object pick(Object item, String path) {
        if (path.isEmpty()) {
            return item;
        }
        return item instanceof Map<?, ?> m ? MapPath.get(m, path) : null;
    }
}
