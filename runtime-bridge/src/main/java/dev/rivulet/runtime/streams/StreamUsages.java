package dev.rivulet.runtime.streams;

import java.util.List;

/**
 * Tells which canvases (or other things) use a stream, so that deleting it can be confirmed first.
 *
 * <p>Usage: {@code new StreamRegistry(db, new WorkspaceStreamUsages(workspaceDb), clock)}
 */
@FunctionalInterface
public interface StreamUsages {
    /** Nothing is ever in use. */
    StreamUsages NONE = id -> List.of();

    /** Human-readable names of the users of {@code id} (e.g. {@code canvas "Price alert" (c-12)}); empty if none. */
    List<String> usages(StreamId id);
}
