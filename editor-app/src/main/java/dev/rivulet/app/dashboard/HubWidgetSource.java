package dev.rivulet.app.dashboard;

import dev.rivulet.core.UiMessage;
import dev.rivulet.runtime.live.UiUpdateHub;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A {@link WidgetSource} over the {@link UiUpdateHub}s of running canvases: the run controller registers a canvas's
 * hub when its run starts and removes it when the run ends. The application owns one instance
 * ({@code RivuletApp.dashboards()}), shared by the editor's run controller and every dashboard. Whoever starts a
 * run also drives its hub once per frame ({@code LiveFrameDriver}) for as long as it runs; dashboards only attach.
 *
 * <pre>{@code
 * widgetSource.started(canvasId, hub, (path, event) -> run.uiEvent(path, event));   // run started
 * widgetSource.stopped(canvasId);                                                  // run ended
 * }</pre>
 */
public final class HubWidgetSource implements WidgetSource {
    /** Delivers a widget event to a module of a running canvas (RunHandle.uiEvent). */
    @FunctionalInterface
    public interface UiEventTarget {
        void send(String modulePath, Map<String, Object> event);
    }

    private final Map<String, UiUpdateHub> running = new ConcurrentHashMap<>();
    private final Map<String, UiEventTarget> targets = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** A run of {@code canvasId} started and publishes into {@code hub}. Call on the FX thread. */
    public void started(String canvasId, UiUpdateHub hub, UiEventTarget target) {
        running.put(canvasId, hub);
        targets.put(canvasId, target);
        listeners.forEach(Runnable::run);
    }

    /** The run of {@code canvasId} ended. Call on the FX thread. */
    public void stopped(String canvasId) {
        targets.remove(canvasId);
        if (running.remove(canvasId) != null) {
            listeners.forEach(Runnable::run);
        }
    }

    @Override
    public boolean isRunning(String canvasId) {
        return running.containsKey(canvasId);
    }

    @Override
    public AutoCloseable attach(String canvasId, String modulePath, Consumer<List<UiMessage>> widget) {
        UiUpdateHub hub = running.get(canvasId);
        return hub == null ? () -> { } : hub.attach(modulePath, widget);
    }

    @Override
    public dev.rivulet.app.widgets.WidgetEvents events(String canvasId, String modulePath) {
        return event -> {
            UiEventTarget target = targets.get(canvasId);
            if (target != null) {
                target.send(modulePath, event);
            }
        };
    }

    @Override
    public AutoCloseable onRunStateChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
