package dev.rivulet.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Saved run state of canvases ("save state" on), in {@code workspace.db}: the latest module-state snapshot per canvas,
 * replaced by each periodic or final snapshot, read when the canvas runs again so that it resumes where it was.
 * Each call is one short transaction, so a process killed mid-run keeps the last complete snapshot.
 *
 * <p>Usage: {@code store.save(canvasId, engineTime, bytes, false); store.latest(canvasId).map(Saved::state)}
 */
public final class RunStateStore {
    /** One saved snapshot. */
    public record Saved(String canvasId, long engineTime, Instant saved, boolean atStop, byte[] state) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunStateStore.class);

    private final SqliteDatabase workspace;
    private final Clock clock;

    public RunStateStore(SqliteDatabase workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /**
     * A run's snapshot sink that saves each snapshot of the canvas here, on {@code io} (snapshots arrive on the engine
     * thread, which must not wait for the disk); failures are logged and the run goes on.
     */
    public dev.rivulet.runtime.engine.SnapshotSink sink(String canvasId, java.util.concurrent.Executor io) {
        return (time, state, atStop) -> io.execute(() -> {
            try {
                save(canvasId, time, state, atStop);
            } catch (RuntimeException e) {
                LOG.warn("Cannot save the run state of {}", canvasId, e);
            }
        });
    }

    /** Replaces the canvas's saved state. */
    public void save(String canvasId, long engineTime, byte[] state, boolean atStop) {
        try (Connection c = workspace.connect();
             PreparedStatement s = c.prepareStatement("INSERT INTO run_state (canvas_id, engine_time, saved, at_stop,"
                 + " state) VALUES (?, ?, ?, ?, ?) ON CONFLICT (canvas_id) DO UPDATE SET engine_time = excluded"
                 + ".engine_time, saved = excluded.saved, at_stop = excluded.at_stop, state = excluded.state")) {
            s.setString(1, canvasId);
            s.setLong(2, engineTime);
            s.setLong(3, clock.millis());
            s.setInt(4, atStop ? 1 : 0);
            s.setBytes(5, state);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save the run state of " + canvasId + " in " + workspace.file()
                + ": " + e.getMessage(), e);
        }
    }

    /** The canvas's latest saved state, if any. */
    public Optional<Saved> latest(String canvasId) {
        try (Connection c = workspace.connect();
             PreparedStatement s = c.prepareStatement("SELECT engine_time, saved, at_stop, state FROM run_state"
                 + " WHERE canvas_id = ?")) {
            s.setString(1, canvasId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Saved(canvasId, r.getLong(1), Instant.ofEpochMilli(r.getLong(2)),
                    r.getInt(3) == 1, r.getBytes(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the run state of " + canvasId + " from " + workspace.file()
                + ": " + e.getMessage(), e);
        }
    }

    /** Forgets the canvas's saved state (the setting was turned off, or the canvas deleted). */
    public boolean delete(String canvasId) {
        try (Connection c = workspace.connect();
             PreparedStatement s = c.prepareStatement("DELETE FROM run_state WHERE canvas_id = ?")) {
            s.setString(1, canvasId);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete the run state of " + canvasId + ": " + e.getMessage(), e);
        }
    }
}
