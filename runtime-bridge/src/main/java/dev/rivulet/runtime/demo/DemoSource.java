package dev.rivulet.runtime.demo;

import java.util.List;

/**
 * A simulated stream that works offline: deterministic for a given seed and start time, so demo canvases, tests and
 * screenshots see the same data every time. Events come in timestamp order; {@link #next()} never blocks (the caller
 * paces a realtime feed, or writes history as fast as it likes).
 *
 * <pre>{@code
 * DemoSource fleet = DemoSources.fleet(42, startMillis);
 * DemoEvent e = fleet.next();
 * }</pre>
 */
public interface DemoSource {
    /** The local stream path, e.g. {@code demo/ev-fleet}. */
    String streamPath();

    String name();

    String description();

    List<DemoField> schema();

    /** The field whose value partitions the stream (car id, station id, city). */
    String partitionKeyField();

    DemoEvent next();
}
