package dev.rivulet.custom;

/**
 * A number output (Streamr's TimeSeriesOutput).
 *
 * <p>Usage: {@code TimeSeriesOutput out = doubleOutput("out");} or {@code new TimeSeriesOutput(this, "name")} in a field initialiser.
 */
public final class TimeSeriesOutput extends CustomOutput {
    public TimeSeriesOutput(CustomModule owner, String name) {
        super(owner, name);
    }

    /** Sends a value to every connected input. */
    public void send(double value) {
        port.send(value);
    }
}
