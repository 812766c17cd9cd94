package dev.rivulet.canvas.edit;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Replaces one of the layout's lists (comments, module groups) as a whole; undo puts the previous list back. Whole-list
 * mementos keep these edits simple: the lists are short, and every change (add, move, resize, collapse, rename,
 * delete) becomes one command.
 *
 * <p>Usage: {@code LayoutListCommand.comments("Add comment", before, after)}
 *
 * @param <T> the list's element (an immutable record)
 */
public final class LayoutListCommand<T> implements Command {
    private final String description;
    private final List<T> before;
    private final List<T> after;
    private final BiConsumer<DocumentEditor, List<T>> setter;

    private LayoutListCommand(String description, List<T> before, List<T> after,
                              BiConsumer<DocumentEditor, List<T>> setter) {
        this.description = description;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.setter = setter;
    }

    static LayoutListCommand<CanvasComment> comments(String description, List<CanvasComment> before,
                                                     List<CanvasComment> after) {
        return new LayoutListCommand<>(description, before, after, DocumentEditor::setComments);
    }

    static LayoutListCommand<CanvasGroup> groups(String description, List<CanvasGroup> before,
                                                 List<CanvasGroup> after) {
        return new LayoutListCommand<>(description, before, after, DocumentEditor::setGroups);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(DocumentEditor editor) {
        setter.accept(editor, after);
    }

    @Override
    public void revert(DocumentEditor editor) {
        setter.accept(editor, before);
    }
}
