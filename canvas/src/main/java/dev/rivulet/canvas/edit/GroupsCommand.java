package dev.rivulet.canvas.edit;

import java.util.List;

/** Replaces the canvas's module groups (group, ungroup, collapse, expand, rename); undo puts the previous list back. */
public final class GroupsCommand implements Command {
    private final String description;
    private final List<CanvasGroup> before;
    private final List<CanvasGroup> after;

    GroupsCommand(String description, List<CanvasGroup> before, List<CanvasGroup> after) {
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
        editor.setGroups(after);
    }

    @Override
    public void revert(DocumentEditor editor) {
        editor.setGroups(before);
    }
}
