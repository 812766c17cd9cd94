package dev.rivulet.modules.triggers;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Streamr's ZeroCross: sends 1 when the input crosses above +threshold and -1 when it crosses below -threshold,
 * comparing each value with the previous one. Between crossings it repeats its last signal on every event (Streamr:
 * "always produce a value"), so downstream modules see the current state each time; nothing is sent before the first
 * crossing.
 *
 * <p>strictMode decides what the first value is compared with: in strict mode (the default) with itself, so the
 * first value can never be a crossing; otherwise with 0, so a first value beyond the threshold counts as one.
 */
public final class ZeroCross extends ModuleInstance {
    private final Parameter threshold = doubleParam("threshold", 0)
        .help("Dead band around zero (0 or more): a crossing up must pass +threshold, a crossing down -threshold.");
    private final Parameter strictMode = booleanParam("strictMode", true)
        .help("On: the first value only sets the starting point. Off: the first value is compared with 0.");
    private final Input in = doubleInput("in").help("The series whose zero crossings to detect.");
    private final Output out = doubleOutput("out")
        .help("1 after an upward crossing, -1 after a downward one, repeated on each event until the next crossing.");

    private boolean hasPrevious;
    private double previous;
    private boolean hasSignal;
    private double signal;

    @Override
    public void initialize() {
        check();
    }

    private double check() {
        double th = threshold.getDouble();
        // Streamr accepted a negative threshold, which silently swapped the two crossing levels
        if (!(th >= 0)) {
            throw new ModuleException("threshold must be zero or more, got " + threshold.getString());
        }
        return th;
    }

    @Override
    public void sendOutput() {
        double th = check();
        double v = in.getDouble();
        if (!hasPrevious) {
            previous = strictMode.getBoolean() ? v : 0;
            hasPrevious = true;
        }
        if (previous < th && v > th) {
            signal = 1;
            hasSignal = true;
        } else if (previous > -th && v < -th) {
            signal = -1;
            hasSignal = true;
        }
        previous = v;
        if (hasSignal) {
            out.send(signal);
        }
    }

    @Override
    public void clearState() {
        hasPrevious = false;
        hasSignal = false;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeBoolean(hasPrevious);
        o.writeDouble(previous);
        o.writeBoolean(hasSignal);
        o.writeDouble(signal);
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        hasPrevious = i.readBoolean();
        previous = i.readDouble();
        hasSignal = i.readBoolean();
        signal = i.readDouble();
    }
}
