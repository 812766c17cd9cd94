package dev.rivulet.app.widgets;

import java.util.Map;

/**
 * Where an interactive widget (Button, Switcher, TextField) sends its events: the running canvas's module, through
 * the engine's event queue ({@code RunHandle.uiEvent}). {@link #NONE} for widgets shown while nothing runs.
 */
@FunctionalInterface
public interface WidgetEvents {
    WidgetEvents NONE = event -> {
    };

    void send(Map<String, Object> event);
}
