package dev.rivulet.runtime.streams.history;

import dev.rivulet.core.RecordCursor;
import dev.rivulet.core.StreamSourceModule;
import dev.rivulet.runtime.engine.StoredHistory;
import dev.rivulet.runtime.streams.StreamId;
import java.util.List;
import java.util.Optional;

/**
 * Replays the history of streams that exist in the registry: a historical run of a canvas whose Stream module names
 * such a stream reads it from {@code streams.db}, between the run's begin and end.
 *
 * <p>Usage: {@code new EmbeddedEngine(modules, new RegistryHistory(historyStore))}
 */
public final class RegistryHistory implements StoredHistory {
    private final HistoryStore store;

    public RegistryHistory(HistoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<RecordCursor> open(StreamSourceModule source, long from, long to) {
        if (!StreamId.isValid(source.streamId())) {
            return Optional.empty();
        }
        StreamId id = StreamId.parse(source.streamId());
        if (store.registry().find(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(store.cursor(List.of(id), source.fieldNames(), source.fieldTypes(), source.partitions(),
            from, to));
    }
}
