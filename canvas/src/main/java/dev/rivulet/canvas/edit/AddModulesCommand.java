package dev.rivulet.canvas.edit;

import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts modules (with their layouts) and the connections among them on the canvas: adding one module, pasting a clip.
 * Hashes are fixed when the command is made, so redo brings back the same modules later commands refer to.
 */
public final class AddModulesCommand implements Command {
    private final String description;
    private final List<ModuleNode> modules;
    private final Map<Integer, ModuleLayout> layouts;
    private final List<ConnectionNode> connections;

    AddModulesCommand(String description, List<ModuleNode> modules, Map<Integer, ModuleLayout> layouts,
                      List<ConnectionNode> connections) {
        this.description = description;
        this.modules = List.copyOf(modules);
        this.layouts = Map.copyOf(layouts);
        this.connections = List.copyOf(connections);
    }

    @Override
    public String description() {
        return description;
    }

    /** Hashes of the modules this command adds. */
    public List<Integer> hashes() {
        List<Integer> hashes = new ArrayList<>();
        modules.forEach(m -> hashes.add(m.hash));
        return hashes;
    }

    @Override
    public void apply(DocumentEditor editor) {
        for (ModuleNode m : modules) {
            ModuleLayout layout = layouts.get(m.hash);
            editor.insertModule(Integer.MAX_VALUE, m.copy(), layout == null ? null : layout.copy());
        }
        for (ConnectionNode c : connections) {
            editor.addConnection(c);
        }
    }

    @Override
    public void revert(DocumentEditor editor) {
        for (int i = connections.size() - 1; i >= 0; i--) {
            editor.removeConnection(connections.get(i));
        }
        for (int i = modules.size() - 1; i >= 0; i--) {
            editor.removeModule(modules.get(i).hash);
        }
    }
}
