package dev.rivulet.runtime.workspace;

import dev.rivulet.runtime.store.SqliteDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * User settings kept in {@code workspace.db}'s {@code settings} table (key/value text), with typed accessors for the
 * ones the workspace uses.
 *
 * <p>Usage: {@code Duration every = new WorkspaceSettings(db).autosaveInterval();}
 */
public final class WorkspaceSettings {
    /** Key of the autosave interval, in seconds. */
    public static final String AUTOSAVE_SECONDS = "workspace.autosave.seconds";
    /** Key of the editor's UI scale (1, 1.5 or 2). */
    public static final String UI_SCALE = "workspace.ui.scale";
    /** Key of the map widgets' tile server ({z}/{x}/{y} URL template; absent or empty: the bundled world map). */
    public static final String MAP_TILE_SERVER = "widgets.map.tileServerUrl";
    /** Autosave interval when none is set. */
    public static final Duration DEFAULT_AUTOSAVE = Duration.ofMinutes(2);

    private final SqliteDatabase db;

    public WorkspaceSettings(SqliteDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public Optional<String> get(String key) {
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read setting " + key + ": " + e.getMessage(), e);
        }
    }

    public void put(String key, String value) {
        try (Connection c = db.connect()) {
            CanvasRows.update(c, "INSERT INTO settings (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot store setting " + key + ": " + e.getMessage(), e);
        }
    }

    /** How often open canvases get an autosave version; a stored value that is not a positive number is ignored. */
    public Duration autosaveInterval() {
        return get(AUTOSAVE_SECONDS).flatMap(v -> {
            try {
                long seconds = Long.parseLong(v.strip());
                return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(DEFAULT_AUTOSAVE);
    }

    /** The editor's UI scale, 1 when none is stored or the stored value is not a number between 1 and 2. */
    public double uiScale() {
        return get(UI_SCALE).map(v -> {
            try {
                double s = Double.parseDouble(v.strip());
                return s >= 1 && s <= 2 ? s : 1.0;
            } catch (NumberFormatException e) {
                return 1.0;
            }
        }).orElse(1.0);
    }

    public void setUiScale(double scale) {
        if (!(scale >= 1 && scale <= 2)) {
            throw new IllegalArgumentException("UI scale must be between 1 and 2: " + scale);
        }
        put(UI_SCALE, Double.toString(scale));
    }

    public void setAutosaveInterval(Duration interval) {
        if (interval.toSeconds() <= 0) {
            throw new IllegalArgumentException("autosave interval must be at least one second: " + interval);
        }
        put(AUTOSAVE_SECONDS, Long.toString(interval.toSeconds()));
    }
}
