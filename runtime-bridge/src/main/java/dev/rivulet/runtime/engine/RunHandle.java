package dev.rivulet.runtime.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A started run: its state, progress and controls. Thread-safe. */
public interface RunHandle {
    String id();

    RunState state();

    /** Events delivered so far (historical runs). */
    long events();

    /** Engine time of the run, epoch millis. */
    long time();

    /** Problems found while building the canvas, by module hash. */
    Map<Integer, List<String>> problems();

    /** Why the run failed, if it did. */
    Optional<Throwable> failure();

    /** Requests a stop; returns at once. */
    void stop();

    /** Waits until the run ends; true if it ended within the timeout. */
    boolean await(Duration timeout) throws InterruptedException;

    /** Changes a parameter on the engine thread (driving parameters propagate). */
    void setParameter(int moduleHash, String param, Object value);

    /** Delivers a widget event (Button, Switcher, TextField) on the engine thread. */
    void uiEvent(int moduleHash, Map<String, Object> event);
}
