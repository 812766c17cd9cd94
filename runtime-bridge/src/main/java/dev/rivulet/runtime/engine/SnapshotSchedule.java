package dev.rivulet.runtime.engine;

import dev.rivulet.core.CanvasRuntime;
import java.time.Duration;

/** When a run hands snapshots to its {@link SnapshotSink}: every interval of wall time, and once at stop. */
final class SnapshotSchedule {
    private final SnapshotSink sink;
    private final long intervalNanos;
    private long next;

    SnapshotSchedule(SnapshotSink sink, Duration interval) {
        this.sink = sink;
        this.intervalNanos = interval == null ? 0 : interval.toNanos();
        this.next = System.nanoTime() + intervalNanos;
    }

    /** Takes a periodic snapshot when one is due; engine thread only. */
    void maybeTake(CanvasRuntime rt) {
        if (sink == null || intervalNanos == 0 || System.nanoTime() - next < 0) {
            return;
        }
        next = System.nanoTime() + intervalNanos;
        take(rt, false);
    }

    void atStop(CanvasRuntime rt) {
        if (sink != null) {
            take(rt, true);
        }
    }

    private void take(CanvasRuntime rt, boolean atStop) {
        try {
            sink.snapshot(rt.context().time(), rt.snapshot(), atStop);
        } catch (RuntimeException e) {
            // the run's data matters more than one lost snapshot: tell the user and go on
            rt.context().listener().notice("could not save the canvas state: " + e.getMessage());
        }
    }
}
