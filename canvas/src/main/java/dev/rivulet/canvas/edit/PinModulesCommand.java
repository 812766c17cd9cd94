package dev.rivulet.canvas.edit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Pins or unpins modules (automatic layout leaves pinned modules where they are); undo restores each one's state. */
public final class PinModulesCommand implements Command {
    private final Map<Integer, Boolean> before;
    private final boolean pinned;

    PinModulesCommand(Map<Integer, Boolean> before, boolean pinned) {
        this.before = new LinkedHashMap<>(before);
        this.pinned = pinned;
    }

    @Override
    public String description() {
        return (pinned ? "Pin " : "Unpin ") + (before.size() == 1 ? "module" : before.size() + " modules");
    }

    @Override
    public void apply(DocumentEditor editor) {
        before.keySet().forEach(h -> editor.setPinned(h, pinned));
    }

    @Override
    public void revert(DocumentEditor editor) {
        before.forEach(editor::setPinned);
    }
}
