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
     * A version ready to be committed: the stored text and the summary of what changed, or a null summary when the
     * text equals the version before.
     */
    record Prepared(String text, String summary) {
        boolean unchanged() {
            return summary == null;
        }
    }

    /**
     * The costly part of a save (serialising, reading the version before, diffing), done without holding the write
     * lock. {@code previousText} is the version to compare with, or null to read the latest one from the database.
     */
    Prepared prepare(Connection c, String id, CanvasDocument doc, String prefix, String previousText)
        throws SQLException {
        CanvasSummary canvas = CanvasRows.require(c, id);
        String text = stored(doc, id, canvas.name());
        String previous = previousText;
        if (previous == null) {
            Latest latest = latest(c, id);
            previous = latest == null ? null : latest.document();
        }
        if (text.equals(previous)) {
            return new Prepared(text, null);
        }
        CanvasDocument after = doc.copy();
        after.id = id;
        after.name = canvas.name();
        CanvasDocument before = previous == null ? null : json.read(previous, "previous version of " + id);
        return new Prepared(text, prefix + DocumentDiff.summarize(before, after));
    }

    /**
     * Commits a prepared save inside the caller's transaction: the head document, a new version unless unchanged,
     * and the compaction of the journal rows up to {@code journalSeq} (the ones the document contains).
     */
    Optional<VersionInfo> commit(Connection c, String id, Prepared prepared, VersionKind kind, long journalSeq,
                                 long now) throws SQLException {
        CanvasRows.require(c, id);
        CanvasRows.update(c, "DELETE FROM edit_journal WHERE canvas_id = ? AND seq <= ?", id, journalSeq);
        if (prepared.unchanged()) {
            CanvasRows.update(c, "UPDATE canvases SET document = ? WHERE id = ?", prepared.text(), id);
            return Optional.empty();
        }
        Latest latest = latest(c, id);
        int version = latest == null ? 1 : latest.version() + 1;
        insert(c, id, version, now, kind, prepared.summary(), prepared.text());
        CanvasRows.update(c, "UPDATE canvases SET document = ?, updated = ? WHERE id = ?", prepared.text(), now, id);
        return Optional.of(new VersionInfo(id, version, Instant.ofEpochMilli(now), kind, prepared.summary()));
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
