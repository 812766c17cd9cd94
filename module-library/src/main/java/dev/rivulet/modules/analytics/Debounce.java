package dev.rivulet.modules.analytics;

import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TimeListener;
import dev.rivulet.core.ValueCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Debounce: holds each value and sends the latest one only once no new value has come for quietSeconds, so a burst
 * of values gives one output, its last value.
 *
 * <p>Time granularity: the engine's time moves with events and with its clock, which ticks once a second. The quiet
 * period is checked at every clock tick and whenever a new value arrives, so a value is sent at the first tick (or
 * the next value's arrival) at or after the end of its quiet period: with whole-second periods and values between
 * ticks, up to one second late. A new value arriving after the held value's quiet period has ended sends the held
 * value first. A value still held when the run stops is not sent (it is kept in state snapshots).
 */
public final class Debounce extends ConfiguredModule implements TimeListener {
    private final Input in = anyInput("in").help("Values that may come in bursts.");
    private final Parameter quietSeconds = doubleParam("quietSeconds", 1)
        .help("How long no new value must arrive before the latest one is sent, in seconds (checked at each"
            + " once-a-second clock tick).");
    private final Output out = anyOutput("out").help("The last value of each burst, once the burst is over.");

    private boolean holding;
    private boolean heldIsDouble;
    private double heldDouble;
    private Object heldObject;
    private long arrivedAt;
    private long quiet;

    @Override
    protected void configure() {
        quiet = Params.millis(quietSeconds, false);
    }

    @Override
    protected void process() {
        long now = now();
        if (holding && now - arrivedAt >= quiet) {
            // the held value's quiet period ended between clock ticks: it goes now, the new value is held
            release();
        }
        holding = true;
        arrivedAt = now;
        heldIsDouble = in.isDoubleValue();
        if (heldIsDouble) {
            heldDouble = in.getDouble();
            heldObject = null;
        } else {
            heldObject = in.getValue();
        }
    }

    @Override
    public void onTime(long epochMillis) {
        if (!isConfigured()) {
            return;
        }
        refreshConfiguration();
        if (holding && epochMillis - arrivedAt >= quiet) {
            release();
        }
    }

    private void release() {
        holding = false;
        if (heldIsDouble) {
            out.send(heldDouble);
        } else {
            out.send(heldObject);
            heldObject = null;
        }
    }

    @Override
    public void clearState() {
        holding = false;
        heldObject = null;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeBoolean(holding);
        if (holding) {
            o.writeLong(arrivedAt);
            ValueCodec.write(o, heldIsDouble ? (Object) heldDouble : heldObject);
        }
    }

    @Override
    protected void readState(DataInput din) throws IOException {
        clearState();
        if (din.readBoolean()) {
            arrivedAt = din.readLong();
            Object v = ValueCodec.read(din);
            holding = v != null;
            heldIsDouble = v instanceof Double;
            heldDouble = v instanceof Double d ? d : 0;
            heldObject = v instanceof Double ? null : v;
        }
    }
}
