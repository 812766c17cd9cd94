package dev.rivulet.app.workspace;

import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.EditJournal;
import dev.rivulet.runtime.workspace.OpenedCanvas;
import dev.rivulet.runtime.workspace.VersionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The canvases open in the editor, each an {@link EditSession} journaled through one shared {@link EditJournal}.
 * Opening replays the journal a crash left behind and says so; closing keeps the work as an autosave version (the
 * workspace is the source of truth, so closing never asks "save changes?"). Use from the editing thread.
 *
 * <p>Usage:
 * <pre>{@code
 * JournaledCanvases open = new JournaledCanvases(canvases, journal, registry);
 * JournaledCanvases.Opened c = open.open(canvasId);
 * c.recoveryMessage().ifPresent(statusBar::show);
 * Autosave autosave = new Autosave(open::all, Platform::runLater, settings.autosaveInterval()).start();
 * }</pre>
 */
public final class JournaledCanvases {
    private final CanvasRepository canvases;
    private final EditJournal journal;
    private final ModuleRegistry registry;
    private final Map<String, Opened> open = new LinkedHashMap<>();

    /**
     * One open canvas.
     *
     * @param recoveryMessage what to tell the user when unsaved edits were recovered from the journal
     */
    public record Opened(String canvasId, String name, SessionJournal journaled, Optional<String> recoveryMessage) {
        public EditSession session() {
            return journaled.session();
        }
    }

    public JournaledCanvases(CanvasRepository canvases, EditJournal journal, ModuleRegistry registry) {
        this.canvases = Objects.requireNonNull(canvases, "canvases");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Opens a canvas (or returns it if it is open already). */
    public Opened open(String canvasId) {
        Opened already = open.get(canvasId);
        if (already != null) {
            return already;
        }
        OpenedCanvas stored = canvases.open(canvasId);
        EditSession session = new EditSession(stored.document(), registry);
        Opened opened = new Opened(canvasId, stored.summary().name(),
            SessionJournal.attach(session, canvasId, journal),
            stored.recovered() ? Optional.of(stored.recoveryMessage()) : Optional.empty());
        open.put(canvasId, opened);
        return opened;
    }

    /** Closes a canvas, keeping unsaved work as an autosave version. */
    public void close(String canvasId) {
        Opened opened = open.remove(canvasId);
        if (opened != null) {
            if (opened.journaled().hasUnsavedChanges()) {
                opened.journaled().checkpoint(VersionKind.AUTOSAVE);
            }
            opened.journaled().detach();
        }
    }

    /** Re-reads a canvas from the workspace (after a version was restored), dropping its undo history. */
    public Opened reload(String canvasId) {
        Opened opened = open.remove(canvasId);
        if (opened != null) {
            opened.journaled().detach();
        }
        return open(canvasId);
    }

    public Optional<Opened> find(String canvasId) {
        return Optional.ofNullable(open.get(canvasId));
    }

    /** The journaled sessions of all open canvases, for {@link Autosave}. */
    public List<SessionJournal> all() {
        List<SessionJournal> all = new ArrayList<>();
        open.values().forEach(o -> all.add(o.journaled()));
        return all;
    }
}
