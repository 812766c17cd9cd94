package dev.rivulet.modules.analytics;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * RenameFields: a new map with some keys renamed; every other field is kept, and fields keep their places. Renaming
 * onto a name the record already has replaces that field (the renamed value wins, wherever the two stood), so
 * "px:price" on {px: 1, price: 2} gives {price: 1}. Swaps work: "a:b, b:a". Names in the mapping that the record lacks
 * are ignored. Only top-level keys are renamed; an empty mapping passes records on unchanged (a new map each
 * time all the same).
 */
public final class RenameFields extends ConfiguredModule {
    private final Input in = mapInput("in").help("The record (map) whose fields to rename.");
    private final Parameter mapping = stringParam("mapping", "")
        .help("Old and new names as old:new pairs separated by commas, e.g. px:price, qty:volume.");
    private final Output out = output("out", DataType.MAP).help("A new map with the fields renamed.");

    private Map<String, String> renames = Map.of();
    private final Set<String> replaced = new HashSet<>();

    @Override
    protected void configure() {
        renames = FieldLists.renames("mapping", mapping.getString());
    }

    @Override
    protected void process() {
        Map<String, Object> record = in.getMap();
        // fields that a renamed field will replace (those that are not renamed away themselves)
        replaced.clear();
        for (Map.Entry<String, String> e : renames.entrySet()) {
            if (record.containsKey(e.getKey()) && !renames.containsKey(e.getValue())) {
                replaced.add(e.getValue());
            }
        }
        Map<String, Object> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : record.entrySet()) {
            String k = e.getKey();
            String to = renames.get(k);
            if (to != null) {
                renamed.put(to, e.getValue());
            } else if (!replaced.contains(k)) {
                renamed.put(k, e.getValue());
            }
        }
        out.send(Collections.unmodifiableMap(renamed));
    }
}
