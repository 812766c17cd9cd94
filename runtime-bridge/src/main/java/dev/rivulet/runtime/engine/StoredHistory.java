package dev.rivulet.runtime.engine;

import dev.rivulet.core.RecordCursor;
import dev.rivulet.core.StreamSourceModule;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a historical run finds a stream's recorded messages when no CSV file is given for it: the local stream
 * history ({@code dev.rivulet.runtime.streams.history.RegistryHistory}), or nothing.
 *
 * <p>Usage: {@code new EmbeddedEngine(modules, new RegistryHistory(historyStore))}
 */
@FunctionalInterface
public interface StoredHistory {
    /** No stored history: every replayed stream needs a file. */
    StoredHistory NONE = (source, from, to) -> Optional.empty();

    /**
     * A cursor over the stored messages of the module's stream between {@code from} and {@code to} (inclusive, epoch
     * ms; Long.MIN_VALUE/MAX_VALUE for open ends), or empty when the stream is not stored here.
     */
    Optional<RecordCursor> open(StreamSourceModule source, long from, long to);

    /** Creates the real source on first use, so runs fed only by files never open the stream database. */
    static StoredHistory lazy(Supplier<StoredHistory> factory) {
        return new StoredHistory() {
            private StoredHistory delegate;

            @Override
            public synchronized Optional<RecordCursor> open(StreamSourceModule source, long from, long to) {
                if (delegate == null) {
                    delegate = factory.get();
                }
                return delegate.open(source, from, to);
            }
        };
    }
}
