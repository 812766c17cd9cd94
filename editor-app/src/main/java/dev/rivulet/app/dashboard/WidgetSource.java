package dev.rivulet.app.dashboard;

import dev.rivulet.core.UiMessage;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where dashboards get live widget messages: the runs of canvases (embedded or, later, remote). Calls happen on the
 * FX thread.
 *
 * <pre>{@code
 * AutoCloseable handle = source.attach(canvasId, "12", view::apply);
 * }</pre>
 */
public interface WidgetSource {
    /** True while the canvas runs. */
    boolean isRunning(String canvasId);

    /**
     * Attaches a widget to a module's messages: the recent history at once, then a batch per frame. Detaches when the
     * handle is closed. While the canvas does not run, nothing arrives.
     */
    AutoCloseable attach(String canvasId, String modulePath, Consumer<List<UiMessage>> widget);

    /** Where an interactive widget of that module sends its events (nothing happens while the canvas is stopped). */
    dev.rivulet.app.widgets.WidgetEvents events(String canvasId, String modulePath);

    /**
     * Calls {@code listener} (on the FX thread) whenever some canvas starts or stops, until the returned handle is
     * closed (a dashboard that goes away closes it, so its widgets never re-attach).
     */
    AutoCloseable onRunStateChange(Runnable listener);
}
