package dev.rivulet.custom;

/**
 * A text output. Sending null is an error (the module fails with a message).
 *
 * <p>Usage: {@code StringOutput text = stringOutput("text");} or {@code new StringOutput(this, "name")} in a field initialiser.
 */
public final class StringOutput extends CustomOutput {
    public StringOutput(CustomModule owner, String name) {
        super(owner, name);
    }

    /** Sends a value to every connected input. */
    public void send(String value) {
        port.send((Object) value);
    }
}
