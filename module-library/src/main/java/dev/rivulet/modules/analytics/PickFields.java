package dev.rivulet.modules.analytics;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.modules.map.MapPath;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PickFields: a new map with only the listed fields, in the listed order, optionally renamed ("price as p"). A field
 * the record lacks is left out (not set to null: null cannot travel on). A name with dots or brackets that is not a
 * key of the record reads into nested data (address.city), as GetFromMap does, and keeps the path as its name unless
 * renamed.
 */
public final class PickFields extends ConfiguredModule {
    private final Input in = mapInput("in").help("The record (map) to pick fields from.");
    private final Parameter fields = stringParam("fields", "")
        .help("The fields to keep, separated by commas, in the order wanted. Rename one with \"as\": price as p,"
            + " volume. Nested fields may be reached with a path: address.city as city.");
    private final Output out = output("out", DataType.MAP).help("A new map with the picked fields that were present.");

    private Map<String, String> picks = Map.of();

    @Override
    protected void configure() {
        picks = FieldLists.picks("fields", fields.getString());
    }

    @Override
    protected void process() {
        Map<String, Object> record = in.getMap();
        Map<String, Object> picked = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : picks.entrySet()) {
            Object v = MapPath.lookup(record, e.getKey());
            if (v != null) {
                picked.put(e.getValue(), v);
            }
        }
        out.send(Collections.unmodifiableMap(picked));
    }
}
