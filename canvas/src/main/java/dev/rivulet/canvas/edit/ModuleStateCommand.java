package dev.rivulet.canvas.edit;

import dev.rivulet.canvas.edit.DocumentEditor.IndexedConnection;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import java.util.List;

/**
 * Swaps a module's content for an edited copy: a parameter value, a name, a port toggle, a grown or shrunk variadic
 * group. Keeps the state before and after (mementos are small next to the risk of an inverse that drifts), and drops
 * the connections of ports the edit took away, restoring them on undo. {@link ModuleEdits} makes these.
 */
public final class ModuleStateCommand implements Command {
    private final String description;
    private final ModuleNode before;
    private final ModuleNode after;
    private final List<ConnectionNode> dropped;
    private List<IndexedConnection> removed = List.of();
    private final String parameter;

    ModuleStateCommand(String description, ModuleNode before, ModuleNode after, List<ConnectionNode> dropped) {
        this(description, before, after, dropped, null);
    }

    /** @param parameter the one parameter whose value alone the command changes (ports unchanged), or null */
    ModuleStateCommand(String description, ModuleNode before, ModuleNode after, List<ConnectionNode> dropped,
                       String parameter) {
        this.parameter = parameter;
        this.description = description;
        this.before = before.copy();
        this.after = after.copy();
        this.dropped = List.copyOf(dropped);
    }

    @Override
    public String description() {
        return description;
    }

    public int hash() {
        return after.hash;
    }

    /**
     * The parameter whose value is all this command changes (no ports come or go), or empty: such an edit can be sent
     * to a running canvas, which is otherwise read-only.
     */
    public java.util.Optional<String> parameter() {
        return java.util.Optional.ofNullable(parameter);
    }

    @Override
    public void apply(DocumentEditor editor) {
        removed = editor.removeConnections(dropped);
        editor.replaceModule(after.copy());
    }

    @Override
    public void revert(DocumentEditor editor) {
        editor.replaceModule(before.copy());
        editor.restore(removed);
    }
}
