package dev.rivulet.canvas.edit;

import dev.rivulet.canvas.edit.DocumentEditor.IndexedConnection;
import dev.rivulet.document.ConnectionNode;
import java.util.List;

/** Removes wires; undo puts them back at their places in the document. */
public final class DisconnectCommand implements Command {
    private final List<ConnectionNode> connections;
    private List<IndexedConnection> removed = List.of();

    DisconnectCommand(List<ConnectionNode> connections) {
        this.connections = List.copyOf(connections);
    }

    @Override
    public String description() {
        return connections.size() == 1 ? "Disconnect" : "Disconnect " + connections.size() + " wires";
    }

    @Override
    public void apply(DocumentEditor editor) {
        removed = editor.removeConnections(connections);
    }

    @Override
    public void revert(DocumentEditor editor) {
        editor.restore(removed);
    }
}
