package dev.rivulet.runtime.streams.transport;

import dev.rivulet.runtime.streams.StreamId;
import java.util.Set;

/**
 * A live subscription to some partitions of a stream, with its delivery counters. Closing it stops delivery.
 *
 * <p>Usage: {@code try (Subscription s = transport.subscribe(id, Set.of(0), listener)) { ... s.dropped() ... }}
 */
public interface Subscription extends AutoCloseable {
    StreamId stream();

    /** The partitions subscribed to (empty: all). */
    Set<Integer> partitions();

    /** Messages handed to the listener so far. */
    long delivered();

    /** Messages lost because this subscriber fell too far behind (its queue was full). */
    long dropped();

    /** Messages waiting for the listener now. */
    int queued();

    @Override
    void close();
}
