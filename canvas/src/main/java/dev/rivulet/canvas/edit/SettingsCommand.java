package dev.rivulet.canvas.edit;

import dev.rivulet.document.CanvasSettings;

/** Replaces the canvas's run settings (mode, range, speed, save state); undo restores the ones before. */
public final class SettingsCommand implements Command {
    private final String description;
    private final CanvasSettings before;
    private final CanvasSettings after;

    SettingsCommand(String description, CanvasSettings before, CanvasSettings after) {
        this.description = description;
        this.before = before == null ? null : before.copy();
        this.after = after.copy();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(DocumentEditor editor) {
        editor.document().settings = after.copy();
    }

    @Override
    public void revert(DocumentEditor editor) {
        editor.document().settings = before == null ? null : before.copy();
    }
}
