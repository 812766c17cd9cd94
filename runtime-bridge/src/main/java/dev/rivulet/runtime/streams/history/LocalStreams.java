package dev.rivulet.runtime.streams.history;

import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.WorkspaceStreamUsages;
import java.time.Clock;

/**
 * The stream registry and history of a data directory, wired together (usages come from the canvases in
 * {@code workspace.db}). A convenience for the command line and the composition root.
 *
 * <p>Usage: {@code LocalStreams s = LocalStreams.open(dataDirectory, Clock.systemUTC()); s.registry().list();}
 *
 * @param registry the stream registry
 * @param history  the history of its streams
 */
public record LocalStreams(StreamRegistry registry, HistoryStore history) {
    /** Opens (creating and migrating if needed) both databases of {@code dir}. */
    public static LocalStreams open(DataDirectory dir, Clock clock) {
        Databases dbs = Databases.open(dir);
        StreamRegistry registry = new StreamRegistry(dbs.streams(), new WorkspaceStreamUsages(dbs.workspace()), clock);
        return new LocalStreams(registry, new HistoryStore(registry));
    }
}
