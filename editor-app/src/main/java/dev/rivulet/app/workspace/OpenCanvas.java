package dev.rivulet.app.workspace;

import dev.rivulet.canvas.edit.CanvasEdit;
import dev.rivulet.canvas.edit.EditSession;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One canvas open in a tab: its edit session (the one undo stack), title, where it lives, and whether it has edits
 * not yet saved. {@code dirty} follows the undo stack, so undoing back to the saved state clears it.
 *
 * <p>Usage: {@code OpenCanvas c = workspace.openDocument(doc, "Prices", null); c.session().addModule(...);
 * c.dirty().get()}.
 *
 * @see CanvasDocuments for who decides where a canvas is saved
 */
public final class OpenCanvas {
    private final EditSession session;
    private final StringProperty title = new SimpleStringProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Object> workspaceKey = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final CanvasEdit.Listener listener = e -> update();
    /** Undo-stack depth of the saved state; undoing back to it makes the canvas clean again. */
    private int savedDepth;
    private int depth;

    public OpenCanvas(EditSession session, String title, Path file) {
        this.session = session;
        this.title.set(title);
        this.file.set(file);
        session.addListener(e -> {
            depth += e.origin() == CanvasEdit.Origin.UNDO ? -1 : 1;
            if (e.origin() == CanvasEdit.Origin.DO && depth <= savedDepth) {
                savedDepth = Integer.MIN_VALUE; // the saved state can no longer be reached by undo or redo
            }
        });
        session.addListener(listener);
    }

    public EditSession session() {
        return session;
    }

    public StringProperty title() {
        return title;
    }

    /** The file this canvas was opened from or saved to, if any (null: never saved to a file). */
    public ObjectProperty<Path> file() {
        return file;
    }

    public Optional<Path> fileIfAny() {
        return Optional.ofNullable(file.get());
    }

    /** The persistence layer's own key for this canvas (a workspace id), set by whoever opened it; may be null. */
    public ObjectProperty<Object> workspaceKey() {
        return workspaceKey;
    }

    public ReadOnlyBooleanProperty dirty() {
        return dirty;
    }

    /** Records that the current state is saved (called by {@link CanvasDocuments} after a save). */
    public void markSaved() {
        savedDepth = depth;
        dirty.set(false);
    }

    /** Marks unsaved changes that are not edits (a canvas restored from a journal, an import with fixes). */
    public void markDirty() {
        savedDepth = Integer.MIN_VALUE;
        dirty.set(true);
    }

    private void update() {
        dirty.set(depth != savedDepth);
    }
}
