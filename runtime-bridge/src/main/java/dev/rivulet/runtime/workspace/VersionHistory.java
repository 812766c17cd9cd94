package dev.rivulet.runtime.workspace;

import dev.rivulet.document.CanvasDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The version history of the canvases in a {@link CanvasRepository}: list a canvas's versions (newest first, with time
 * and summary), read one (to show it read-only), and restore one as a new version, which keeps the history linear so
 * a restore is undone by restoring the version before it.
 *
 * <p>Usage: {@code history.versions(id); CanvasDocument old = history.document(id, 3); history.restore(id, 3);}
 */
public final class VersionHistory {
    private final CanvasRepository repository;

    public VersionHistory(CanvasRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    public List<VersionInfo> versions(String canvasId) {
        return repository.run("list versions of " + canvasId,
            c -> repository.versionRows().list(c, canvasId));
    }

    /** The document of one version, a fresh copy the caller may show or edit freely. */
    public CanvasDocument document(String canvasId, int version) {
        String text = repository.run("read version " + version + " of " + canvasId,
            c -> repository.versionRows().document(c, canvasId, version));
        return repository.json().read(text, "version " + version + " of canvas " + canvasId);
    }

    /**
     * Makes version {@code version} the canvas's content again, as a new version whose summary says so; empty when
     * the canvas already has exactly that content. Close or reload the canvas in the editor afterwards: its journal
     * is dropped.
     */
    public Optional<VersionInfo> restore(String canvasId, int version) {
        CanvasDocument doc = document(canvasId, version);
        return repository.save(canvasId, doc, VersionKind.RESTORE, "restored version " + version + ": ");
    }
}
