package dev.rivulet.custom;

/**
 * An output of any value (Streamr's Output&lt;Object&gt;). Sending null is an error (the module fails with a message).
 *
 * <p>Usage: {@code AnyOutput result = anyOutput("result");} or {@code new AnyOutput(this, "name")} in a field initialiser.
 */
public final class AnyOutput extends CustomOutput {
    public AnyOutput(CustomModule owner, String name) {
        super(owner, name);
    }

    /** Sends a value to every connected input. */
    public void send(Object value) {
        port.send(value);
    }
}
