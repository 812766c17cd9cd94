package dev.rivulet.runtime.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL of the {@code edit_journal} table: rows appended by the journal writer, read back on open. */
final class JournalRows {
    private JournalRows() {
    }

    record Row(long seq, long created, String command) {
    }

    static void append(Connection c, String canvasId, long now, String command) throws SQLException {
        CanvasRows.update(c, "INSERT INTO edit_journal (canvas_id, seq, created, command) VALUES (?, "
            + "(SELECT coalesce(max(seq), 0) + 1 FROM edit_journal WHERE canvas_id = ?), ?, ?)",
            canvasId, canvasId, now, command);
        // edits make a canvas the most recently changed one on the start page
        CanvasRows.update(c, "UPDATE canvases SET updated = ? WHERE id = ?", now, canvasId);
    }

    /** The last journal row of a canvas, 0 when it has none. */
    static long maxSeq(Connection c, String canvasId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
            "SELECT coalesce(max(seq), 0) FROM edit_journal WHERE canvas_id = ?")) {
            s.setString(1, canvasId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    static List<Row> read(Connection c, String canvasId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
            "SELECT seq, created, command FROM edit_journal WHERE canvas_id = ? ORDER BY seq")) {
            s.setString(1, canvasId);
            try (ResultSet r = s.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3)));
                }
                return rows;
            }
        }
    }
}
