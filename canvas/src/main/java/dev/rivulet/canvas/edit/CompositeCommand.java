package dev.rivulet.canvas.edit;

import java.util.List;

/** Several commands undone and redone as one step (replace a wire; connect into a variadic input, which grows it). */
public final class CompositeCommand implements Command {
    private final String description;
    private final List<Command> parts;

    CompositeCommand(String description, List<Command> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(DocumentEditor editor) {
        parts.forEach(p -> p.apply(editor));
    }

    @Override
    public void revert(DocumentEditor editor) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).revert(editor);
        }
    }
}
