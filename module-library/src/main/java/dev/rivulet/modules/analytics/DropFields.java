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
 * DropFields: a new map without the listed top-level fields; names the record lacks are ignored, and an empty list
 * keeps every field.
 */
public final class DropFields extends ConfiguredModule {
    private final Input in = mapInput("in").help("The record (map) to remove fields from.");
    private final Parameter fields = stringParam("fields", "")
        .help("The fields to remove, separated by commas, e.g. debug, rawPayload.");
    private final Output out = output("out", DataType.MAP).help("A new map with every other field, in order.");

    private Set<String> dropped = Set.of();

    @Override
    protected void configure() {
        dropped = new HashSet<>(FieldLists.names("fields", fields.getString()));
    }

    @Override
    protected void process() {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : in.getMap().entrySet()) {
            if (!dropped.contains(e.getKey())) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        out.send(Collections.unmodifiableMap(kept));
    }
}
