package dev.rivulet.runtime.engine;

import dev.rivulet.core.RunMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A started run: its state, progress and controls. Thread-safe: controls are queued and carried out on the run's
 * engine thread between events (at once in realtime runs; every 1024 events in historical replays).
 *
 * <p>Usage: {@code RunHandle run = engine.start(request); run.uiEvent("7/5", Map.of()); run.stop(); run.await(t);}
 */
public interface RunHandle {
    String id();

    RunMode mode();

    RunState state();

    /** Events delivered so far: stream records, plus outside events (network, widgets) in realtime runs. */
    long events();

    /** Engine time of the run, epoch millis. */
    long time();

    /** Problems found while building the canvas, by module hash. */
    Map<Integer, List<String>> problems();

    /** Why the run failed, if it did. */
    Optional<Throwable> failure();

    /**
     * The latest sample of per-module statistics (status, failure message, events in and out), at most
     * {@link RunRequest#statsInterval()} old while the run goes on and final once it has ended. Cheap to call.
     */
    RunStats stats();

    /** Requests a stop; returns at once. The run snapshots its state (if asked to) and stops every module. */
    void stop();

    /**
     * Pauses or resumes a historical replay (the engine thread waits between events; controls still apply). Realtime
     * runs cannot pause: live data does not wait.
     */
    void setPaused(boolean paused);

    /** True while a historical replay is paused. */
    boolean paused();

    /** Waits until the run ends; true if it ended within the timeout. */
    boolean await(Duration timeout) throws InterruptedException;

    /** Changes a parameter on the engine thread (driving parameters propagate). */
    void setParameter(int moduleHash, String param, Object value);

    /** Delivers a widget event (Button, Switcher, TextField) on the engine thread. */
    void uiEvent(int moduleHash, Map<String, Object> event);

    /**
     * Delivers a widget event to a module by path: "12" on the canvas, "7/5" inside the canvas embedded by module 7,
     * "4[apple]/5" in key "apple"'s instance of ForEach 4. A path that names no widget gives a notice.
     */
    void uiEvent(String modulePath, Map<String, Object> event);

    /**
     * Starts recording what a top-level module's output sends (the last {@code capacity} values) until the returned
     * tap is closed; the tap is installed on the engine thread, so the first values may come a moment later.
     */
    WireTap inspect(int moduleHash, String output, int capacity);

    /** Clears every module's state while the run goes on (the editor's "reset"). */
    void clearState();

    /** Takes a state snapshot on the engine thread; completes exceptionally if the run ends first. */
    CompletableFuture<byte[]> snapshot();
}
