package dev.rivulet.canvas.edit;

import java.util.List;

/**
 * What one command did, undid or redid: its description and the document changes, in the order they happened.
 *
 * @param origin whether the command was done for the first time, undone or redone
 */
public record CanvasEdit(String description, Origin origin, List<CanvasChange> changes) {

    /** How the edit came about. */
    public enum Origin { DO, UNDO, REDO }

    public CanvasEdit {
        changes = List.copyOf(changes);
    }

    /** Listens to the edits of a session; called on the thread that edits (the FX thread in the app). */
    @FunctionalInterface
    public interface Listener {
        void edited(CanvasEdit edit);
    }
}
