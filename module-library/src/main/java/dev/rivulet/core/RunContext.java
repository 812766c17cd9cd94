package dev.rivulet.core;

import java.util.HashSet;
import java.util.Set;

/**
 * Per-run shared state (Streamr's Globals): the monotonic engine clock, the run mode, and where widget messages
 * and notices go. One per running canvas; no static state.
 */
public final class RunContext {
    private final RunMode mode;
    private final UiSink ui;
    private final RunListener listener;
    private final Set<String> noticesGiven = new HashSet<>();
    private long time;

    public RunContext(RunMode mode, UiSink ui, RunListener listener) {
        this.mode = mode;
        this.ui = ui == null ? UiSink.NONE : ui;
        this.listener = listener == null ? RunListener.NONE : listener;
    }

    /** Engine time, epoch millis; never moves backwards. */
    public long time() {
        return time;
    }

    /** Advances the clock; earlier times are ignored (out-of-order events don't rewind it). */
    public void advanceTo(long epochMillis) {
        if (epochMillis > time) {
            time = epochMillis;
        }
    }

    public RunMode mode() {
        return mode;
    }

    public UiSink ui() {
        return ui;
    }

    public RunListener listener() {
        return listener;
    }

    /** Publishes a widget message from a module. */
    public void publish(ModuleInstance module, UiMessage message) {
        ui.publish(module, message);
    }

    /** Sends a notice once per key for the whole run (e.g. "side effects suppressed in historical mode"). */
    public void noticeOnce(String key, String message) {
        if (noticesGiven.add(key)) {
            listener.notice(message);
        }
    }
}
