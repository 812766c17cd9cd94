package dev.rivulet.canvas.edit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Moves modules to new positions (a whole drag is one command); undo puts each back where it was. */
public final class MoveModulesCommand implements Command {
    private final Map<Integer, double[]> from;
    private final Map<Integer, double[]> to;
    private final String description;

    /** Both maps: module hash to {x, y}, with the same keys. */
    MoveModulesCommand(Map<Integer, double[]> from, Map<Integer, double[]> to) {
        this(from, to, to.size() == 1 ? "Move module" : "Move " + to.size() + " modules");
    }

    /** A move with its own name for the Edit menu ("Align left", "Distribute horizontally"). */
    MoveModulesCommand(Map<Integer, double[]> from, Map<Integer, double[]> to, String description) {
        this.from = new LinkedHashMap<>(from);
        this.to = new LinkedHashMap<>(to);
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(DocumentEditor editor) {
        to.forEach((hash, p) -> editor.setPosition(hash, p[0], p[1]));
    }

    @Override
    public void revert(DocumentEditor editor) {
        from.forEach((hash, p) -> editor.setPosition(hash, p[0], p[1]));
    }
}
