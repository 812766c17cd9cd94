package dev.rivulet.canvas.edit;

import dev.rivulet.document.ConnectionNode;

/** Adds one wire. Made by the session only after {@link ConnectionRules} allowed it. */
public final class ConnectCommand implements Command {
    private final ConnectionNode connection;
    private final String description;

    ConnectCommand(ConnectionNode connection, String description) {
        this.connection = connection;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply(DocumentEditor editor) {
        editor.addConnection(connection);
    }

    @Override
    public void revert(DocumentEditor editor) {
        editor.removeConnection(connection);
    }
}
