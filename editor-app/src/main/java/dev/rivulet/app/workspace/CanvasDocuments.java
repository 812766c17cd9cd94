package dev.rivulet.app.workspace;

import dev.rivulet.canvas.edit.CanvasEdit;
import java.io.IOException;

/**
 * Where open canvases are kept: the seam between the workspace window and persistence. The window calls it when a
 * canvas opens, after every edit, on Save and on close; the implementation decides where a canvas lives (a file
 * today, the workspace database with its journal and versions later) and calls {@link OpenCanvas#markSaved()}.
 *
 * <p>Usage: {@code new WorkspaceViewModel(registry, new FileCanvasDocuments(files))}; a workspace store implements
 * this interface and is passed instead.
 */
public interface CanvasDocuments {

    /** The outcome of Save: saved, or the canvas has no home yet and the window should ask for a file (Save As). */
    enum SaveOutcome { SAVED, NEEDS_LOCATION }

    /** Saves a canvas where it belongs; {@link SaveOutcome#NEEDS_LOCATION} when it has nowhere to go yet. */
    SaveOutcome save(OpenCanvas canvas) throws IOException;

    /** A canvas was opened in a tab (new, from a file, or handed over by the integrator). */
    default void opened(OpenCanvas canvas) {
    }

    /** An edit was done, undone or redone (a journal records it here). */
    default void edited(OpenCanvas canvas, CanvasEdit edit) {
    }

    /** The tab of a canvas was closed. */
    default void closed(OpenCanvas canvas) {
    }
}
