package dev.rivulet.canvas.edit;

import dev.rivulet.canvas.edit.DocumentEditor.IndexedConnection;
import dev.rivulet.canvas.edit.DocumentEditor.RemovedModule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Takes modules off the canvas together with every connection from or into them; undo puts all back in place. */
public final class RemoveModulesCommand implements Command {
    private final Set<Integer> hashes;
    private List<IndexedConnection> removedConnections = List.of();
    private final List<RemovedModule> removedModules = new ArrayList<>();

    RemoveModulesCommand(Set<Integer> hashes) {
        this.hashes = new LinkedHashSet<>(hashes);
    }

    @Override
    public String description() {
        return hashes.size() == 1 ? "Delete module" : "Delete " + hashes.size() + " modules";
    }

    @Override
    public void apply(DocumentEditor editor) {
        removedConnections = editor.removeConnections(editor.connectionsTouching(hashes));
        removedModules.clear();
        for (int hash : hashes) {
            removedModules.add(editor.removeModule(hash));
        }
    }

    @Override
    public void revert(DocumentEditor editor) {
        List<RemovedModule> byIndex = new ArrayList<>(removedModules);
        // removal went in selection order, so the recorded indices are only right when restored in reverse
        for (int i = byIndex.size() - 1; i >= 0; i--) {
            RemovedModule r = byIndex.get(i);
            editor.insertModule(r.index(), r.node(), r.layout(), r.layoutIndex());
        }
        editor.restore(removedConnections);
    }
}
