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
 * Streamr's PeakDetect ("Peak"): watches the direction of change of the input and signals its turning points. A turn
 * from falling to rising is a trough; it sends 1 if the trough value lay below lowZone. A turn from rising to falling
 * is a peak; it sends -1 if the peak lay above highZone. Other turns send 0, and between turns the last signal is
 * repeated on every event (nothing before the first turn).
 *
 * <p>A change only counts as rising when it exceeds +threshold and as falling below -threshold, so small wiggles are
 * not turns; unchanged values are skipped when comparing directions, and a turn in the same direction as the last one
 * is not signalled again. As in Streamr the first value starts the comparison (its "strict mode", always on there).
 */
public final class Peak extends ModuleInstance {
    private final Parameter highZone = doubleParam("highZone", 0.8)
        .help("A peak counts (-1) only if the value at the turn was above this level.");
    private final Parameter lowZone = doubleParam("lowZone", -0.8)
        .help("A trough counts (1) only if the value at the turn was below this level.");
    private final Parameter threshold = doubleParam("threshold", 0.0)
        .help("Smallest change (0 or more) that counts as rising or falling.");
    private final Input in = doubleInput("in").help("The series whose peaks and troughs to detect.");
    private final Output out = doubleOutput("out")
        .help("1 at a trough below lowZone, -1 at a peak above highZone, 0 at other turns; repeated between turns.");

    private boolean hasPrevious;
    private double previousValue;
    private double previousChange;
    /** Direction of the last turn: 1 up, -1 down, 0 none yet. */
    private int lastTurn;
    private boolean hasSignal;
    private double signal;

    @Override
    public void initialize() {
        check();
    }

    private double check() {
        double th = threshold.getDouble();
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
            previousValue = v;
            previousChange = 0;
            hasPrevious = true;
        }
        double change = v - previousValue;
        int turn = 0;
        if (previousChange < th && change > th && lastTurn != 1) {
            turn = 1;
        } else if (previousChange > -th && change < -th && lastTurn != -1) {
            turn = -1;
        }
        if (turn != 0) {
            if (turn == 1 && previousValue < lowZone.getDouble()) {
                signal = 1;
            } else if (turn == -1 && previousValue > highZone.getDouble()) {
                signal = -1;
            } else {
                signal = 0;
            }
            hasSignal = true;
            lastTurn = turn;
        }
        if (hasSignal) {
            out.send(signal);
        }
        previousValue = v;
        // the direction of change is what turns, so flat stretches are skipped
        if (change != 0) {
            previousChange = change;
        }
    }

    @Override
    public void clearState() {
        hasPrevious = false;
        lastTurn = 0;
        hasSignal = false;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeBoolean(hasPrevious);
        o.writeDouble(previousValue);
        o.writeDouble(previousChange);
        o.writeInt(lastTurn);
        o.writeBoolean(hasSignal);
        o.writeDouble(signal);
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        hasPrevious = i.readBoolean();
        previousValue = i.readDouble();
        previousChange = i.readDouble();
        lastTurn = i.readInt();
        hasSignal = i.readBoolean();
        signal = i.readDouble();
    }
}
