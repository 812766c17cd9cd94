package dev.rivulet.app.run;

import dev.rivulet.app.dashboard.HubWidgetSource;
import dev.rivulet.app.widgets.WidgetDefaults;
import dev.rivulet.runtime.engine.Engine;
import dev.rivulet.runtime.engine.RealtimeSource;
import dev.rivulet.runtime.store.CanvasTrust;
import dev.rivulet.runtime.store.RunStateStore;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What the editor's runs need from the composition root: the engine (its registry carries the custom-code policy, the
 * secret store and the local stream history for replays), live stream data for realtime runs, trust records, where
 * saved run state goes, the dashboards' view of running canvases, and a background executor for store I/O.
 *
 * <p>Usage: {@code new RunServices(engine, realtimeSource, trust, runStates, dashboards, background)}
 *
 * @param realtime   live stream data (the in-process broker today; swappable for a transport-aware source)
 * @param trust      trust records of custom code, or null (then canvases with custom code are refused)
 * @param runStates  saved run state ("save state" on), or null (state is not saved)
 * @param dashboards told when canvases start and stop, or null
 * @param widgetDefaults app-wide widget settings (the map tile server); null: none
 */
public record RunServices(Engine engine, RealtimeSource realtime, CanvasTrust trust, RunStateStore runStates,
                          HubWidgetSource dashboards, Executor background, WidgetDefaults widgetDefaults) {
    public RunServices {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(background, "background");
        realtime = realtime == null ? RealtimeSource.NONE : realtime;
        widgetDefaults = widgetDefaults == null ? new WidgetDefaults() : widgetDefaults;
    }

    /** Without app-wide widget settings. */
    public RunServices(Engine engine, RealtimeSource realtime, CanvasTrust trust, RunStateStore runStates,
                       HubWidgetSource dashboards, Executor background) {
        this(engine, realtime, trust, runStates, dashboards, background, null);
    }
}
