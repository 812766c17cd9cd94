package dev.rivulet.app.bench;

import dev.rivulet.app.run.WidgetHost;
import dev.rivulet.runtime.live.UiUpdateHub;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The widget skins' host in {@code bench live}: one run whose hub it hands out once {@link #started} is called (on the
 * FX thread). The bench's widgets (chart, table) send no events and are not resized.
 */
final class BenchWidgetHost implements WidgetHost {
    private final List<Runnable> listeners = new ArrayList<>();
    private UiUpdateHub hub;

    void started(UiUpdateHub runHub) {
        hub = runHub;
        List.copyOf(listeners).forEach(Runnable::run);
    }

    @Override
    public UiUpdateHub hub() {
        return hub;
    }

    @Override
    public long runNumber() {
        return 1;
    }

    @Override
    public void sendUiEvent(int hash, Map<String, Object> event) {
        throw new IllegalStateException("the benchmark's widgets send no events");
    }

    @Override
    public void resize(int hash, double width, double height) {
        // the benchmark never drags a resize handle
    }

    @Override
    public void addRunListener(Runnable listener) {
        listeners.add(listener);
    }
}
