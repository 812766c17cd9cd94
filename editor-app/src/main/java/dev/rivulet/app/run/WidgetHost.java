package dev.rivulet.app.run;

import dev.rivulet.runtime.live.UiUpdateHub;
import java.util.Map;

/**
 * What a widget drawn inside a module on the canvas needs from the canvas's runs: the hub of the active run (null when
 * the canvas does not run), where its events go, and how to resize its module (one undoable step). Called on the FX
 * thread.
 *
 * <p>Usage: {@code UiUpdateHub hub = host.hub(); if (hub != null) hub.attach(path, view::apply);}
 */
public interface WidgetHost {
    /**
     * The hub of the active run, or of the last run until the next one starts (so widgets keep showing what a finished
     * replay left, and a widget laid out after a fast replay ended still fills in); null before the canvas first runs
     * and while a run is starting.
     */
    UiUpdateHub hub();

    /** Changes each time a run starts: a widget showing an older run's values clears them. */
    default long runNumber() {
        return 0;
    }

    /**
     * The options a widget is made with: its module's options, with app-wide widget settings (the map tile server)
     * under them.
     */
    default Map<String, Object> widgetOptions(Map<String, Object> moduleOptions) {
        return moduleOptions;
    }

    /** Sends a widget event (Button, Switcher, TextField) into the running canvas; nothing happens when stopped. */
    void sendUiEvent(int hash, Map<String, Object> event);

    /** Resizes a module (canvas units); refused, with a status message, while the canvas runs. */
    void resize(int hash, double width, double height);

    /**
     * Calls {@code listener} whenever a run starts or ends. The host may hold it weakly: the caller keeps a reference
     * for as long as it wants to hear.
     */
    void addRunListener(Runnable listener);
}
