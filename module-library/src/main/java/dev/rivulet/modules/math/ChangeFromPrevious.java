package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Base for Streamr's ChangeAbsolute, ChangeRelative and ChangeLogarithmic: each value is compared with the previous
 * one, so the first value only sets the starting point. An initial value on the input (the "IV" toggle) serves as the
 * previous value for the first event, so that one already yields a change; Streamr did this for ChangeAbsolute only,
 * and doing it for all three keeps the toggle meaning the same everywhere.
 *
 * <p>Subclasses compute the change; returning NaN from a finite pair means "undefined" (division by zero, the
 * logarithm of a negative ratio) and nothing is sent. A NaN input is passed on as NaN, as the other math modules do.
 */
public abstract class ChangeFromPrevious extends ModuleInstance {
    private final Input in;
    private final Output out;
    private boolean hasPrevious;
    private double previous;

    protected ChangeFromPrevious(String inHelp, String outHelp) {
        in = doubleInput("in").help(inHelp);
        out = doubleOutput("out").help(outHelp);
    }

    /** The change from {@code previous} to {@code current}; NaN when undefined for these finite values. */
    protected abstract double change(double previous, double current);

    @Override
    public final void sendOutput() {
        double v = in.getDouble();
        if (!hasPrevious && in.initialValue() instanceof Number iv) {
            previous = iv.doubleValue();
            hasPrevious = true;
        }
        if (hasPrevious) {
            double c = change(previous, v);
            if (!Double.isNaN(c) || Double.isNaN(v) || Double.isNaN(previous)) {
                out.send(c);
            }
        }
        previous = v;
        hasPrevious = true;
    }

    @Override
    public void clearState() {
        hasPrevious = false;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeBoolean(hasPrevious);
        o.writeDouble(previous);
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        hasPrevious = i.readBoolean();
        previous = i.readDouble();
    }
}
