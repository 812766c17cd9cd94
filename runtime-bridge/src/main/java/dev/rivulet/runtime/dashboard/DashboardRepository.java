package dev.rivulet.runtime.dashboard;

import dev.rivulet.runtime.store.SqliteDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Dashboards in {@code workspace.db} (table {@code dashboards}): several per workspace, each saved whole.
 *
 * <pre>{@code
 * DashboardRepository repo = new DashboardRepository(databases.workspace(), Clock.systemUTC());
 * Dashboard d = repo.create("Fleet");
 * repo.save(d.with(new DashboardItem(canvasId, "12", "chart", "Speed", 0, 0, 6, 4)));
 * }</pre>
 */
public final class DashboardRepository {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DashboardRepository.class);
    private final SqliteDatabase db;
    private final Clock clock;

    public DashboardRepository(SqliteDatabase workspace, Clock clock) {
        this.db = workspace;
        this.clock = clock;
    }

    public Dashboard create(String name) {
        Dashboard d = new Dashboard(UUID.randomUUID().toString(), name, Dashboard.DEFAULT_COLUMNS, List.of(), 0);
        return save(d);
    }

    /** Saves the dashboard (insert or replace) and returns it with its new update time. */
    public Dashboard save(Dashboard d) {
        long now = clock.millis();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
            "INSERT INTO dashboards (id, name, layout, updated) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, layout = excluded.layout,"
                + " updated = excluded.updated")) {
            ps.setString(1, d.id());
            ps.setString(2, d.name());
            ps.setString(3, DashboardLayoutCodec.write(d));
            ps.setLong(4, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DashboardException("could not save dashboard \"" + d.name() + "\": " + e.getMessage(), e);
        }
        return new Dashboard(d.id(), d.name(), d.columns(), d.items(), now);
    }

    public Optional<Dashboard> find(String id) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, name, updated, layout FROM dashboards WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DashboardException("could not read dashboard " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * All dashboards that can be read, by name. One that cannot (a layout from a newer Rivulet) is left out of the
     * list, untouched in the database, and named in {@link #unreadable()}.
     */
    public List<Dashboard> list() {
        List<Dashboard> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
            "SELECT id, name, updated, layout FROM dashboards ORDER BY name COLLATE NOCASE, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    out.add(read(rs));
                } catch (DashboardException e) {
                    LOG.warn("{}", e.getMessage());
                }
            }
        } catch (SQLException e) {
            throw new DashboardException("could not list dashboards: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    /** Why each dashboard that {@link #list()} leaves out cannot be read. */
    public List<String> unreadable() {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
            "SELECT id, name, updated, layout FROM dashboards ORDER BY name COLLATE NOCASE, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    read(rs);
                } catch (DashboardException e) {
                    out.add(e.getMessage());
                }
            }
        } catch (SQLException e) {
            throw new DashboardException("could not list dashboards: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    public boolean delete(String id) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM dashboards WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new DashboardException("could not delete dashboard " + id + ": " + e.getMessage(), e);
        }
    }

    private static Dashboard read(ResultSet rs) throws SQLException {
        return DashboardLayoutCodec.read(rs.getString("id"), rs.getString("name"), rs.getLong("updated"),
            rs.getString("layout"));
    }
}
