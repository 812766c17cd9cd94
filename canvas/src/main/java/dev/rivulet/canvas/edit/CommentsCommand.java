package dev.rivulet.canvas.edit;

import java.util.List;

/** Replaces the canvas's comments (add, move, resize, edit, delete one); undo puts the previous list back. */
public final class CommentsCommand implements Command {
    private final String description;
    private final List<CanvasComment> before;
    private final List<CanvasComment> after;

    CommentsCommand(String description, List<CanvasComment> before, List<CanvasComment> after) {
        this.description = description;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(DocumentEditor editor) {
        editor.setComments(after);
    }

    @Override
    public void revert(DocumentEditor editor) {
        editor.setComments(before);
    }
}
