package dev.rivulet.custom;

import dev.rivulet.core.Input;

/**
 * A number input (Streamr's TimeSeriesInput).
 *
 * <p>Usage: {@code TimeSeriesInput in = doubleInput("in");} or {@code new TimeSeriesInput(this, "name")} in a field initialiser.
 */
public final class TimeSeriesInput extends CustomInput<Double> {
    public TimeSeriesInput(CustomModule owner, String name) {
        super(owner, owner.host().input(name), "input", name);
    }

    @Override
    Double read(Input port) {
        return Double.valueOf(port.getDouble());
    }

    /** The value as a primitive double (0 when none has arrived). */
    public double getDouble() {
        return hasValue() ? port().getDouble() : 0;
    }
}
