package dev.rivulet.runtime.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the {@code canvases} table, shared by the repository and the journal writer. */
final class CanvasRows {
    static final String SUMMARY_COLUMNS =
        "id, name, created, updated, opened, coalesce(json_array_length(document, '$.modules'), 0)";

    private CanvasRows() {
    }

    static List<CanvasSummary> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                List<CanvasSummary> rows = new ArrayList<>();
                while (r.next()) {
                    long opened = r.getLong(5);
                    Instant openedAt = r.wasNull() ? null : Instant.ofEpochMilli(opened);
                    rows.add(new CanvasSummary(r.getString(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3)),
                        Instant.ofEpochMilli(r.getLong(4)), openedAt, r.getInt(6)));
                }
                return rows;
            }
        }
    }

    static Optional<CanvasSummary> find(Connection c, String id) throws SQLException {
        return query(c, "SELECT " + SUMMARY_COLUMNS + " FROM canvases WHERE id = ?", id).stream().findFirst();
    }

    static CanvasSummary require(Connection c, String id) throws SQLException {
        return find(c, id).orElseThrow(() -> new WorkspaceException("no canvas with id " + id));
    }

    static String document(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT document FROM canvases WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new WorkspaceException("no canvas with id " + id);
                }
                return r.getString(1);
            }
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }
}
