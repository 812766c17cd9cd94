package dev.rivulet.runtime.workspace;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.runtime.store.SqliteDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The canvases of the workspace ({@code workspace.db}), which is their source of truth; files are only for exchange.
 * Creates, lists (search by name, sort by name or last change), renames, duplicates, deletes, opens (the last saved
 * document plus the edit journal beyond it, so a crash loses nothing journaled) and saves canvases; every save is a
 * numbered version with a summary of what changed. Each call uses its own connection; safe from any thread. While a
 * canvas is open in the editor, save it through its {@link EditJournal} so saves and journal rows stay in order.
 *
 * <p>Usage:
 * <pre>{@code
 * CanvasRepository canvases = new CanvasRepository(databases.workspace(), Clock.systemUTC());
 * CanvasSummary c = canvases.create("Price alerts", new CanvasDocument(), VersionKind.CREATE);
 * OpenedCanvas opened = canvases.open(c.id());
 * }</pre>
 */
public final class CanvasRepository {
    private final SqliteDatabase db;
    private final Clock clock;
    private final WorkspaceJson json = new WorkspaceJson();
    private final VersionRows versions = new VersionRows(json);
    private final DeltaCodec deltas = new DeltaCodec(json);

    public CanvasRepository(SqliteDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    SqliteDatabase database() {
        return db;
    }

    Clock clock() {
        return clock;
    }

    VersionRows versionRows() {
        return versions;
    }

    DeltaCodec deltaCodec() {
        return deltas;
    }

    WorkspaceJson json() {
        return json;
    }

    /** Stores a new canvas with {@code doc} as its first version and returns it. */
    public CanvasSummary create(String name, CanvasDocument doc, VersionKind kind) {
        return create(name, doc, kind, "");
    }

    /** As {@link #create(String, CanvasDocument, VersionKind)}, with a prefix for the first version's summary. */
    public CanvasSummary create(String name, CanvasDocument doc, VersionKind kind, String summaryPrefix) {
        String clean = cleanName(name);
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        return run("create canvas " + clean, c -> Transactions.immediate(c, tx -> {
            String text = versions.stored(doc, id, clean);
            CanvasRows.update(tx, "INSERT INTO canvases (id, name, created, updated, document) VALUES (?, ?, ?, ?, ?)",
                id, clean, now, now, text);
            versions.insert(tx, id, 1, now, kind, summaryPrefix + DocumentDiff.summarize(null, doc), text);
            return CanvasRows.require(tx, id);
        }));
    }

    /** Canvases whose name contains {@code search} (ignoring case; blank: all), in the given order. */
    public List<CanvasSummary> list(String search, CanvasSort sort) {
        String pattern = "%" + (search == null ? "" : search.strip()).replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%";
        String order = sort == CanvasSort.NAME ? "name COLLATE NOCASE, updated DESC" : "updated DESC, name";
        return run("list canvases", c -> CanvasRows.query(c, "SELECT " + CanvasRows.SUMMARY_COLUMNS
            + " FROM canvases WHERE name LIKE ? ESCAPE '\\' ORDER BY " + order, pattern));
    }

    /** The canvases opened most recently, newest first. */
    public List<CanvasSummary> recent(int limit) {
        return run("list recent canvases", c -> CanvasRows.query(c, "SELECT " + CanvasRows.SUMMARY_COLUMNS
            + " FROM canvases WHERE opened IS NOT NULL ORDER BY opened DESC LIMIT ?", limit));
    }

    public Optional<CanvasSummary> find(String id) {
        return run("find canvas " + id, c -> CanvasRows.find(c, id));
    }

    public CanvasSummary rename(String id, String name) {
        String clean = cleanName(name);
        return run("rename canvas " + id, c -> {
            if (CanvasRows.update(c, "UPDATE canvases SET name = ?, updated = ? WHERE id = ?", clean, clock.millis(),
                id) == 0) {
                throw new WorkspaceException("no canvas with id " + id);
            }
            return CanvasRows.require(c, id);
        });
    }

    /** A new canvas with the current content of {@code id} (journaled edits included). */
    public CanvasSummary duplicate(String id, String name) {
        OpenedCanvas source = read(id);
        return create(name, source.document(), VersionKind.CREATE, "duplicated from " + source.summary().name()
            + ": ");
    }

    /** Deletes a canvas with its versions and journal. */
    public void delete(String id) {
        run("delete canvas " + id, c -> CanvasRows.update(c, "DELETE FROM canvases WHERE id = ?", id));
    }

    /** Opens a canvas for editing: its current content, and marks it as opened now (for "open recent"). */
    public OpenedCanvas open(String id) {
        OpenedCanvas opened = read(id);
        run("mark canvas opened", c -> CanvasRows.update(c, "UPDATE canvases SET opened = ? WHERE id = ?",
            clock.millis(), id));
        return opened;
    }

    /** The last saved document with the journal beyond it applied, without marking the canvas opened. */
    public OpenedCanvas read(String id) {
        return run("open canvas " + id, c -> {
            CanvasSummary summary;
            String text;
            List<JournalRows.Row> rows;
            // one read transaction, so the head and the journal are seen at the same moment
            c.setAutoCommit(false);
            try {
                summary = CanvasRows.require(c, id);
                text = CanvasRows.document(c, id);
                rows = JournalRows.read(c, id);
            } finally {
                c.commit();
                c.setAutoCommit(true);
            }
            CanvasDocument doc = json.read(text, "canvas " + summary.name());
            for (JournalRows.Row row : rows) {
                doc = deltas.read(row.command(), "journal entry " + row.seq() + " of " + summary.name()).applyTo(doc);
            }
            doc.id = id;
            doc.name = summary.name();
            Instant last = rows.isEmpty() ? null : Instant.ofEpochMilli(rows.get(rows.size() - 1).created());
            return new OpenedCanvas(summary, doc, rows.size(), last);
        });
    }

    /**
     * Saves {@code doc} as the canvas's head and a new version (empty when nothing changed since the latest version),
     * and drops the journal, which the saved document now contains.
     */
    public Optional<VersionInfo> save(String id, CanvasDocument doc, VersionKind kind) {
        return save(id, doc, kind, "");
    }

    Optional<VersionInfo> save(String id, CanvasDocument doc, VersionKind kind, String summaryPrefix) {
        long now = clock.millis();
        return run("save canvas " + id, c -> Transactions.immediate(c, tx -> versions.commit(tx, id,
            versions.prepare(tx, id, doc, summaryPrefix, null), kind, Long.MAX_VALUE, now)));
    }

    <T> T run(String what, Transactions.Work<T> work) {
        try (Connection c = db.connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new WorkspaceException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private static String cleanName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a canvas needs a name");
        }
        return clean;
    }
}
