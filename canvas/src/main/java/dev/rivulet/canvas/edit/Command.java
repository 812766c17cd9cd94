package dev.rivulet.canvas.edit;

/**
 * One undoable edit of a canvas. A command changes the document only through the {@link DocumentEditor} it is given,
 * which records what changed for the views. {@link #apply} may run again after {@link #revert} (redo), on a document
 * in the state it first saw, so a command decides everything that must stay stable (new hashes, positions) when it is
 * created.
 *
 * <p>Usage: {@code session.execute(new MoveModulesCommand(...))}; views never call {@code apply} themselves.
 */
public interface Command {

    /** Short text for the Edit menu ("Move 3 modules"), shown after "Undo " or "Redo ". */
    String description();

    void apply(DocumentEditor editor);

    void revert(DocumentEditor editor);
}
