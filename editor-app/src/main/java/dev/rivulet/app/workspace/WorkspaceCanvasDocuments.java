package dev.rivulet.app.workspace;

import dev.rivulet.canvas.edit.CanvasEdit;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.CanvasSummary;
import dev.rivulet.runtime.workspace.EditJournal;
import dev.rivulet.runtime.workspace.OpenedCanvas;
import dev.rivulet.runtime.workspace.VersionKind;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Keeps the workspace window's canvases in {@code workspace.db}: a canvas opened without a workspace id (new, or from
 * a file) becomes a workspace canvas; every edit is journaled; Save makes a version; closing a canvas with unsaved
 * edits keeps them as an autosave version. The canvas id lives in {@link OpenCanvas#workspaceKey()}. Called on the FX
 * thread; writes happen on the journal's thread.
 *
 * <p>Usage:
 * <pre>{@code
 * WorkspaceCanvasDocuments documents = new WorkspaceCanvasDocuments(canvases, journal);
 * // pass documents to the MainWindow; from the start page's onOpen:
 * WorkspaceCanvasDocuments.Opened o = documents.openStored(workspaceViewModel, canvasId);
 * o.recoveryMessage().ifPresent(statusBar::show);
 * }</pre>
 */
public final class WorkspaceCanvasDocuments implements CanvasDocuments {
    private final CanvasRepository canvases;
    private final EditJournal journal;
    /** Edit revision of each open canvas at its last checkpoint, so autosave skips canvases that did not change. */
    private final Map<OpenCanvas, Long> checkpointed = new WeakHashMap<>();
    /** The id of the stored canvas being handed to the window right now (see {@link #openStored}). */
    private String handingOver;

    /** A stored canvas opened in a tab, and what to tell the user if unsaved edits were recovered. */
    public record Opened(OpenCanvas canvas, Optional<String> recoveryMessage) {
    }

    public WorkspaceCanvasDocuments(CanvasRepository canvases, EditJournal journal) {
        this.canvases = Objects.requireNonNull(canvases, "canvases");
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    /**
     * Opens a canvas of the workspace in a tab of {@code window} (or switches to its tab if it is open): the last saved
     * document with the journal replayed; recovered edits leave the canvas marked unsaved.
     */
    public Opened openStored(WorkspaceViewModel window, String canvasId) {
        for (OpenCanvas open : window.canvases()) {
            if (canvasId.equals(open.workspaceKey().get())) {
                window.current().set(open);
                return new Opened(open, Optional.empty());
            }
        }
        OpenedCanvas stored = canvases.open(canvasId);
        handingOver = canvasId;
        OpenCanvas canvas;
        try {
            canvas = window.openDocument(stored.document(), stored.summary().name(), null);
        } finally {
            handingOver = null;
        }
        if (stored.recovered()) {
            canvas.markDirty();
            return new Opened(canvas, Optional.of(stored.recoveryMessage()));
        }
        return new Opened(canvas, Optional.empty());
    }

    @Override
    public void opened(OpenCanvas canvas) {
        if (handingOver != null && canvas.workspaceKey().get() == null) {
            canvas.workspaceKey().set(handingOver);
        } else if (canvas.workspaceKey().get() == null) {
            CanvasSummary created = canvases.create(canvas.title().get(), canvas.session().document(),
                canvas.fileIfAny().isPresent() ? VersionKind.IMPORT : VersionKind.CREATE,
                canvas.fileIfAny().map(f -> "imported from " + f.getFileName() + ": ").orElse(""));
            canvas.workspaceKey().set(created.id());
        }
    }

    @Override
    public void edited(OpenCanvas canvas, CanvasEdit edit) {
        String id = idOf(canvas);
        if (id != null) {
            journal.append(id, SessionJournal.deltaOf(canvas.session(), edit));
        }
    }

    /**
     * An autosave version of every canvas open in {@code window} that was edited since its last checkpoint; call on
     * the FX thread (from {@link Autosave}).
     */
    public void autosave(WorkspaceViewModel window) {
        for (OpenCanvas canvas : window.canvases()) {
            String id = idOf(canvas);
            Long last = checkpointed.get(canvas);
            if (id != null && canvas.dirty().get() && (last == null || last != canvas.session().revision())) {
                checkpointed.put(canvas, canvas.session().revision());
                journal.checkpoint(id, canvas.session().document().snapshot(), VersionKind.AUTOSAVE);
            }
        }
    }

    @Override
    public SaveOutcome save(OpenCanvas canvas) {
        opened(canvas);
        checkpointed.put(canvas, canvas.session().revision());
        journal.checkpoint(idOf(canvas), canvas.session().document().snapshot(), VersionKind.SAVE);
        canvas.markSaved();
        return SaveOutcome.SAVED;
    }

    @Override
    public void closed(OpenCanvas canvas) {
        String id = idOf(canvas);
        if (id != null && canvas.dirty().get()) {
            journal.checkpoint(id, canvas.session().document().snapshot(), VersionKind.AUTOSAVE);
        }
    }

    private static String idOf(OpenCanvas canvas) {
        Object key = canvas.workspaceKey().get();
        return key instanceof String s ? s : null;
    }
}
