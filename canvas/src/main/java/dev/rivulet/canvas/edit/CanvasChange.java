package dev.rivulet.canvas.edit;

import dev.rivulet.document.ConnectionNode;

/**
 * One thing an edit changed in the document, so that views reconcile what they show instead of rebuilding it.
 * Modules are named by hash (look them up in the session: the node object of a module may be replaced by an edit);
 * connections by the connection object itself, which the document holds until it is removed.
 *
 * <p>Usage: {@code if (change instanceof CanvasChange.ModuleMoved m) { relocate(m.hash()); }}
 */
public sealed interface CanvasChange {

    /** A module was put on the canvas (new, pasted, or restored by undo). */
    record ModuleAdded(int hash) implements CanvasChange {
    }

    /** A module was taken off the canvas. */
    record ModuleRemoved(int hash) implements CanvasChange {
    }

    /** A module's position changed. */
    record ModuleMoved(int hash) implements CanvasChange {
    }

    /** A module's content changed: names, parameter values, port flags, the ports themselves. */
    record ModuleUpdated(int hash) implements CanvasChange {
    }

    /** The comments (notes) changed: added, moved, resized, edited or deleted. */
    record CommentsChanged() implements CanvasChange {
    }

    /** The module groups changed: grouped, ungrouped, collapsed, expanded or renamed. */
    record GroupsChanged() implements CanvasChange {
    }

    record ConnectionAdded(ConnectionNode connection) implements CanvasChange {
    }

    record ConnectionRemoved(ConnectionNode connection) implements CanvasChange {
    }
}
