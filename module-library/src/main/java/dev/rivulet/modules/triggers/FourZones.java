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
 * Streamr's FourZones: a trigger with hysteresis. Two trigger levels and two release levels split the range into
 * zones; the output is 1 (high), -1 (low) or 0 (released), and it only changes when the value passes a level in the
 * right direction, so noise around one level does not flip it back and forth.
 *
 * <p>In mode 1 ("enter") the signal goes to 1 when the value reaches highTrigger, to -1 at lowTrigger, and back to 0
 * once it falls to highRelease (from high) or rises to lowRelease (from low). In mode 2 ("exit") reaching a trigger
 * level only arms the signal: it fires when the value comes back out of the trigger zone (below highTrigger but still
 * above highRelease, or the mirror for low), and releases in the middle zone. Before the first value nothing is
 * sent; afterwards every event sends the current signal. This follows Streamr's state machine case by case, including
 * the mode parameter, which Streamr's catalogue entry omits but its module has.
 */
public final class FourZones extends ModuleInstance {
    private static final int NONE = Integer.MIN_VALUE;

    private final Parameter mode = doubleParam("mode", 1).choices("enter", 1.0, "exit", 2.0).lockDriving()
        .help("Enter (1): signal when the value reaches a trigger level. Exit (2): signal when it leaves the trigger "
            + "zone again.");
    private final Parameter highTrigger = doubleParam("highTrigger", 0.8)
        .help("Level that triggers the high signal (1).");
    private final Parameter highRelease = doubleParam("highRelease", 0.2)
        .help("Level at or below which a high signal is released to 0.");
    private final Parameter lowRelease = doubleParam("lowRelease", -0.2)
        .help("Level at or above which a low signal is released to 0.");
    private final Parameter lowTrigger = doubleParam("lowTrigger", -0.8)
        .help("Level that triggers the low signal (-1).");
    private final Input in = doubleInput("in").help("The values to watch.");
    private final Output out = doubleOutput("out").help("1 on a high trigger, -1 on a low trigger, 0 after a release.");

    private int state = NONE;
    private int armed = NONE;

    @Override
    public void initialize() {
        checkLevels();
        checkMode();
    }

    private void checkLevels() {
        double ht = highTrigger.getDouble();
        double hr = highRelease.getDouble();
        double lr = lowRelease.getDouble();
        double lt = lowTrigger.getDouble();
        if (!(lt <= lr && lr <= hr && hr <= ht)) {
            throw new ModuleException("levels must be in order lowTrigger ≤ lowRelease ≤ highRelease ≤ highTrigger, "
                + "got " + lowTrigger.getString() + ", " + lowRelease.getString() + ", " + highRelease.getString()
                + ", " + highTrigger.getString());
        }
    }

    private int checkMode() {
        double m = mode.getDouble();
        if (m != 1 && m != 2) {
            throw new ModuleException("mode must be 1 (enter) or 2 (exit), got " + mode.getString());
        }
        return (int) m;
    }

    @Override
    public void sendOutput() {
        checkLevels();
        int m = checkMode();
        double v = in.getDouble();
        double ht = highTrigger.getDouble();
        double hr = highRelease.getDouble();
        double lr = lowRelease.getDouble();
        double lt = lowTrigger.getDouble();
        if (m == 1) {
            enter(v, ht, hr, lr, lt);
        } else {
            exit(v, ht, hr, lr, lt);
        }
        if (state != NONE) {
            out.send(state);
        }
    }

    private void enter(double v, double ht, double hr, double lr, double lt) {
        if (v >= ht) {
            state = 1;
        } else if (v <= lt) {
            state = -1;
        } else if (v <= hr && (state == NONE || state == 1) || v >= lr && (state == NONE || state == -1)) {
            state = 0;
        }
    }

    private void exit(double v, double ht, double hr, double lr, double lt) {
        if (v >= ht) {
            armed = 1;
            state = state == NONE ? 0 : state;
        } else if (v <= lt) {
            armed = -1;
            state = state == NONE ? 0 : state;
        } else if (v < ht && v > hr) {
            // leaving the high trigger zone after being armed there fires the high signal
            if (armed == 1 && state != NONE && state != 1) {
                armed = 0;
                state = 1;
            }
            armed = armed == NONE ? 0 : armed;
            state = state == NONE ? 0 : state;
        } else if (v > lt && v < lr) {
            if (armed == -1 && state != NONE && state != -1) {
                armed = 0;
                state = -1;
            }
            armed = armed == NONE ? 0 : armed;
            state = state == NONE ? 0 : state;
        } else if (v <= hr && (state == NONE || armed == NONE || state == 1 || armed == 1)
            || v >= lr && (state == NONE || armed == NONE || state == -1 || armed == -1)) {
            state = 0;
            armed = 0;
        }
    }

    @Override
    public void clearState() {
        state = NONE;
        armed = NONE;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeInt(state);
        o.writeInt(armed);
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        state = i.readInt();
        armed = i.readInt();
    }
}
