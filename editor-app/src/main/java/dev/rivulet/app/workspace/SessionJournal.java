package dev.rivulet.app.workspace;

import dev.rivulet.canvas.edit.CanvasChange;
import dev.rivulet.canvas.edit.CanvasEdit;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.document.CanvasLayout;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.workspace.CanvasDelta;
import dev.rivulet.runtime.workspace.EditJournal;
import dev.rivulet.runtime.workspace.VersionInfo;
import dev.rivulet.runtime.workspace.VersionKind;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Connects one open canvas's {@link EditSession} to the {@link EditJournal}: every edit the session announces (done,
 * undone or redone) becomes a {@link CanvasDelta} holding copies of what it touched, taken on the editing thread
 * (cheap: only the modules and wires named by the edit) and written by the journal's own thread. Saves and autosave
 * checkpoints go through the same journal, after the edits before them. Use from the editing thread only.
 *
 * <p>Usage:
 * <pre>{@code
 * SessionJournal journaled = SessionJournal.attach(session, canvasId, journal);
 * journaled.save();          // Ctrl+S
 * journaled.detach();        // when the tab closes (then save or leave the journal for the next open)
 * }</pre>
 */
public final class SessionJournal {
    private final EditSession session;
    private final String canvasId;
    private final EditJournal journal;
    private final CanvasEdit.Listener listener = this::edited;
    private long checkpointedRevision;

    private SessionJournal(EditSession session, String canvasId, EditJournal journal) {
        this.session = Objects.requireNonNull(session, "session");
        this.canvasId = Objects.requireNonNull(canvasId, "canvasId");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.checkpointedRevision = session.revision();
    }

    /** Starts journaling every edit of {@code session} as edits of canvas {@code canvasId}. */
    public static SessionJournal attach(EditSession session, String canvasId, EditJournal journal) {
        SessionJournal j = new SessionJournal(session, canvasId, journal);
        session.addListener(j.listener);
        return j;
    }

    public void detach() {
        session.removeListener(listener);
    }

    public String canvasId() {
        return canvasId;
    }

    public EditSession session() {
        return session;
    }

    /** True when the session changed since the last save or checkpoint. */
    public boolean hasUnsavedChanges() {
        return session.revision() != checkpointedRevision;
    }

    /** Saves the current document as a version (user save). */
    public CompletableFuture<Optional<VersionInfo>> save() {
        return checkpoint(VersionKind.SAVE);
    }

    /** Saves the current document as a version of {@code kind}, after every edit journaled before. */
    public CompletableFuture<Optional<VersionInfo>> checkpoint(VersionKind kind) {
        checkpointedRevision = session.revision();
        // a snapshot shares the module nodes (edits replace them, never change them): the deep copy and the JSON
        // are made by the journal's own threads, not here
        return journal.checkpoint(canvasId, session.document().snapshot(), kind);
    }

    private void edited(CanvasEdit edit) {
        journal.append(canvasId, deltaOf(session, edit));
    }

    /**
     * What an edit of {@code session} changed, as a journal delta of copies. Call from the editing thread, right
     * when the edit is announced.
     */
    public static CanvasDelta deltaOf(EditSession session, CanvasEdit edit) {
        CanvasDelta delta = new CanvasDelta();
        if (edit.changes().isEmpty()) {
            // an edit that does not say what it changed: journal the whole document to stay exact
            delta.replaceDocument(session.document().copy());
        }
        for (CanvasChange change : edit.changes()) {
            if (change instanceof CanvasChange.ModuleRemoved r) {
                delta.removeModule(r.hash());
            } else if (change instanceof CanvasChange.ConnectionAdded a) {
                delta.addConnection(a.connection().copy());
            } else if (change instanceof CanvasChange.ConnectionRemoved r) {
                delta.removeConnection(r.connection().copy());
            } else if (change instanceof CanvasChange.CommentsChanged
                || change instanceof CanvasChange.GroupsChanged) {
                // comments and groups live in the layout's own fields: journal those (small), not the document
                CanvasLayout extra = new CanvasLayout();
                session.document().ui.extra().forEach(extra::putExtra);
                delta.replaceLayoutExtra(extra.copy());
            } else {
                upsert(session, delta, hashOf(change));
            }
        }
        return delta;
    }

    private static void upsert(EditSession session, CanvasDelta delta, int hash) {
        Optional<ModuleNode> node = session.module(hash);
        if (node.isEmpty()) {
            delta.removeModule(hash);
            return;
        }
        ModuleLayout layout = session.layoutOf(hash);
        delta.upsertModule(node.get().copy(), layout == null ? null : layout.copy());
    }

    private static int hashOf(CanvasChange change) {
        if (change instanceof CanvasChange.ModuleAdded a) {
            return a.hash();
        }
        if (change instanceof CanvasChange.ModuleMoved m) {
            return m.hash();
        }
        return ((CanvasChange.ModuleUpdated) change).hash();
    }
}
