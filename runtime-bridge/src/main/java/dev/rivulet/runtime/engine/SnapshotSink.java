package dev.rivulet.runtime.engine;

/**
 * Receives state snapshots of a run (the bytes of {@code CanvasRuntime.snapshot()}): periodically while it runs, and
 * once when it stops, so that a later run can resume from them ({@link RunRequest.Builder#resumeFrom(byte[])}).
 * Called on the engine thread: hand heavy I/O to another thread rather than block the run.
 *
 * <p>Usage: {@code RunRequest.realtime(doc).snapshots((time, state, last) -> store.save(canvasId, state),
 * Duration.ofMinutes(1))}
 */
@FunctionalInterface
public interface SnapshotSink {
    /**
     * @param engineTime the run's engine time of the snapshot (epoch millis)
     * @param state      the snapshot; the sink may keep the array
     * @param atStop     true for the snapshot taken as the run ends
     */
    void snapshot(long engineTime, byte[] state, boolean atStop);
}
