package dev.rivulet.runtime.streams.history;

import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A real streams.db in a temporary data directory, and message helpers. */
final class HistoryFixture {
    static final FieldDefinition PRICE = new FieldDefinition("price", FieldType.NUMBER);
    static final FieldDefinition SYMBOL = new FieldDefinition("symbol", FieldType.STRING);
    static final FieldDefinition VOLUME = new FieldDefinition("volume", FieldType.NUMBER);

    private HistoryFixture() {
    }

    static LocalStreams open(Path dir) {
        return LocalStreams.open(DataDirectory.open(Optional.of(dir)), Clock.systemUTC());
    }

    static StreamMessage msg(StreamId id, int partition, long ts, long seq, Object... keyValues) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            content.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new StreamMessage(id, partition, ts, seq, "pub", "chain", content, null);
    }
}
