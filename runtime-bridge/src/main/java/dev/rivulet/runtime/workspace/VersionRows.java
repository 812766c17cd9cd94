package dev.rivulet.runtime.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.document.CanvasDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes versions: a save stores the document as the canvas's head and as a new numbered version (with the summary of
 * what changed since the version before) and compacts the edit journal, all in one transaction. Shared by the
 * repository and the journal writer, each on its own connection.
 */
final class VersionRows {
    private final WorkspaceJson json;

    VersionRows(WorkspaceJson json) {
        this.json = json;
    }

    /** The stored form of a document of canvas {@code id} named {@code name}: id and name come from the table. */
    String stored(CanvasDocument doc, String id, String name) {
        ObjectNode tree = (ObjectNode) json.tree(doc);
        // rebuilt in the codec's field order, so equal documents are equal text whether or not id/name were set
        ObjectNode ordered = WorkspaceJson.MAPPER.createObjectNode();
        ordered.set("schemaVersion", tree.remove("schemaVersion"));
        ordered.put("id", id);
        ordered.put("name", name);
        tree.remove("id");
        tree.remove("name");
        ordered.setAll(tree);
        return ordered.toString();
    }

    /**
     * Saves inside the caller's transaction. Returns the new version, or empty when the document equals the latest
     * version (the head and journal are still brought up to date).
     */
    Optional<VersionInfo> save(Connection c, String id, CanvasDocument doc, VersionKind kind, String prefix,
                               long now) throws SQLException {
        CanvasSummary canvas = CanvasRows.require(c, id);
        String text = stored(doc, id, canvas.name());
        Latest latest = latest(c, id);
        CanvasRows.update(c, "DELETE FROM edit_journal WHERE canvas_id = ?", id);
        if (latest != null && latest.document().equals(text)) {
            CanvasRows.update(c, "UPDATE canvases SET document = ? WHERE id = ?", text, id);
            return Optional.empty();
        }
        CanvasDocument previous = latest == null ? null : json.read(latest.document(), "version " + latest.version());
        String summary = prefix + DocumentDiff.summarize(previous, json.read(text, "canvas " + id));
        int version = latest == null ? 1 : latest.version() + 1;
        insert(c, id, version, now, kind, summary, text);
        CanvasRows.update(c, "UPDATE canvases SET document = ?, updated = ? WHERE id = ?", text, now, id);
        return Optional.of(new VersionInfo(id, version, Instant.ofEpochMilli(now), kind, summary));
    }

    void insert(Connection c, String id, int version, long now, VersionKind kind, String summary, String document)
        throws SQLException {
        CanvasRows.update(c, "INSERT INTO canvas_versions (canvas_id, version, created, summary, document, kind) "
            + "VALUES (?, ?, ?, ?, ?, ?)", id, version, now, summary, document, kind.column());
    }

    record Latest(int version, String document) {
    }

    Latest latest(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version, document FROM canvas_versions "
            + "WHERE canvas_id = ? ORDER BY version DESC LIMIT 1")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Latest(r.getInt(1), r.getString(2)) : null;
            }
        }
    }

    List<VersionInfo> list(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version, created, kind, summary FROM canvas_versions "
            + "WHERE canvas_id = ? ORDER BY version DESC")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                List<VersionInfo> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new VersionInfo(id, r.getInt(1), Instant.ofEpochMilli(r.getLong(2)),
                        VersionKind.ofColumn(r.getString(3)), r.getString(4)));
                }
                return out;
            }
        }
    }

    String document(Connection c, String id, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
            "SELECT document FROM canvas_versions WHERE canvas_id = ? AND version = ?")) {
            s.setString(1, id);
            s.setInt(2, version);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new WorkspaceException("canvas " + id + " has no version " + version);
                }
                return r.getString(1);
            }
        }
    }
}
