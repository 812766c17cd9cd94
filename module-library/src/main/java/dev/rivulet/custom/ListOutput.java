package dev.rivulet.custom;

import java.util.List;

/**
 * A list output. Sending null is an error (the module fails with a message).
 *
 * <p>Usage: {@code ListOutput items = listOutput("items");} or {@code new ListOutput(this, "name")} in a field initialiser.
 */
public final class ListOutput extends CustomOutput {
    public ListOutput(CustomModule owner, String name) {
        super(owner, name);
    }

    /** Sends a value to every connected input. */
    public void send(List<?> value) {
        port.send((Object) value);
    }
}
