package dev.rivulet.app.settings;

import dev.rivulet.app.widgets.WidgetDefaults;
import dev.rivulet.runtime.workspace.WorkspaceSettings;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's preferences, kept in {@code workspace.db}'s settings: the map widgets' tile server (applied to widgets
 * made from then on) and the autosave interval (applied from the next start).
 *
 * <p>Usage: {@code prefs.load(); ... prefs.save(new Preferences.Values(url, 120));} (store I/O: off the FX thread)
 */
public final class Preferences {
    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);

    private final WorkspaceSettings settings;
    private final WidgetDefaults widgets;

    public Preferences(WorkspaceSettings settings, WidgetDefaults widgets) {
        this.settings = settings;
        this.widgets = widgets;
    }

    /** What the dialog edits. */
    public record Values(String tileServerUrl, long autosaveSeconds) {
    }

    /** Loads the stored tile server into the widget defaults; one that is not usable (any more) is left out. */
    public void load() {
        settings.get(WorkspaceSettings.MAP_TILE_SERVER).ifPresent(url -> {
            try {
                widgets.setTileServerUrl(url);
            } catch (IllegalArgumentException e) {
                LOG.warn("Stored map tile server ignored: {}", e.getMessage());
            }
        });
    }

    public Values current() {
        return new Values(widgets.tileServerUrl(), settings.autosaveInterval().toSeconds());
    }

    /** Why these values cannot be saved, or empty. */
    public static Optional<String> problem(Values v) {
        Optional<String> tiles = WidgetDefaults.tileServerProblem(v.tileServerUrl());
        if (tiles.isPresent()) {
            return tiles;
        }
        return v.autosaveSeconds() < 10 || v.autosaveSeconds() > 24 * 3600
            ? Optional.of("autosave every 10 seconds to 24 hours") : Optional.empty();
    }

    /**
     * Stores the values and applies the tile server to widgets made from now on.
     *
     * @throws IllegalArgumentException with {@link #problem}'s message; nothing is stored then
     */
    public void save(Values v) {
        problem(v).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        String url = v.tileServerUrl() == null ? "" : v.tileServerUrl().strip();
        settings.put(WorkspaceSettings.MAP_TILE_SERVER, url);
        settings.setAutosaveInterval(Duration.ofSeconds(v.autosaveSeconds()));
        widgets.setTileServerUrl(url);
    }
}
