package dev.rivulet.custom;

/**
 * A boolean output.
 *
 * <p>Usage: {@code BooleanOutput alarm = booleanOutput("alarm");} or {@code new BooleanOutput(this, "name")} in a field initialiser.
 */
public final class BooleanOutput extends CustomOutput {
    public BooleanOutput(CustomModule owner, String name) {
        super(owner, name);
    }

    /** Sends a value to every connected input. */
    public void send(boolean value) {
        port.send(value);
    }
}
