package dev.rivulet.runtime.streams.history;

import dev.rivulet.runtime.streams.StreamDefinition;
import java.util.HashMap;
import java.util.Map;

/**
 * What the history needs to know of a stream: its row key, definition and the field numbering of its current schema.
 *
 * @param num         the stream's integer key in {@code streams.db}
 * @param definition  the definition as the registry holds it
 * @param indexByName field name to index in the current schema version
 */
record StoredStream(long num, StreamDefinition definition, Map<String, Integer> indexByName) {
    static StoredStream of(long num, StreamDefinition def) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < def.fields().size(); i++) {
            index.put(def.fields().get(i).name(), i);
        }
        return new StoredStream(num, def, Map.copyOf(index));
    }
}
