package dev.rivulet.modules.timeseries;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TimeListener;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Streamr's Barify: turns irregular values into regular OHLC bars of barLength seconds. Bars end on the clock, at
 * whole multiples of barLength since the epoch; each bar is sent on the tick that ends it.
 *
 * <p>Nothing is sent until the first value arrives. After that, following Streamr, bars are continuous: a bar opens
 * at the previous bar's close (which also seeds its high and low), and a bar period without values is still sent, as
 * a flat bar at the last close with sum 0 and avg equal to close. This keeps one bar per period, so charts and
 * downstream windows see a regular series.
 */
public final class Barify extends ModuleInstance implements TimeListener {
    private final Parameter barLength = doubleParam("barLength", 60)
        .help("Length of one bar in seconds (a whole number, at least 1). Bars end at multiples of it.");
    private final Input in = doubleInput("in").help("Values to collect into bars.");
    private final Output open = doubleOutput("open").help("First value of the bar (the previous bar's close).");
    private final Output high = doubleOutput("high").help("Highest value of the bar.");
    private final Output low = doubleOutput("low").help("Lowest value of the bar.");
    private final Output close = doubleOutput("close").help("Last value received by the end of the bar.");
    private final Output avg = doubleOutput("avg")
        .help("Average of the values received during the bar (the close when there were none).");
    private final Output sum = doubleOutput("sum").help("Sum of the values received during the bar.");

    private boolean started;
    private double barOpen;
    private double barHigh;
    private double barLow;
    private double last;
    private double barSum;
    private long barCount;

    @Override
    public void initialize() {
        seconds();
    }

    @Override
    public long tickRateSeconds() {
        // the engine calls onTime only on whole multiples of this, which are exactly the bar boundaries
        double d = barLength.getDouble();
        return d >= 1 ? (long) d : 1;
    }

    @Override
    public void sendOutput() {
        double v = in.getDouble();
        last = v;
        if (!started) {
            started = true;
            barOpen = v;
            barHigh = v;
            barLow = v;
            barSum = v;
            barCount = 1;
            return;
        }
        if (v > barHigh) {
            barHigh = v;
        }
        if (v < barLow) {
            barLow = v;
        }
        barSum += v;
        barCount++;
    }

    @Override
    public void onTime(long epochMillis) {
        long len = seconds();
        if (!started || Math.floorMod(epochMillis, len * 1000) != 0) {
            return;
        }
        open.send(barOpen);
        high.send(barHigh);
        low.send(barLow);
        close.send(last);
        avg.send(barCount > 0 ? barSum / barCount : last);
        sum.send(barSum);
        barOpen = last;
        barHigh = last;
        barLow = last;
        barSum = 0;
        barCount = 0;
    }

    private long seconds() {
        double d = barLength.getDouble();
        if (!(d >= 1) || d != Math.rint(d)) {
            throw new ModuleException("barLength must be a whole number of seconds, at least 1; got "
                + barLength.getString());
        }
        return (long) d;
    }

    @Override
    public void clearState() {
        started = false;
        barSum = 0;
        barCount = 0;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeBoolean(started);
        o.writeDouble(barOpen);
        o.writeDouble(barHigh);
        o.writeDouble(barLow);
        o.writeDouble(last);
        o.writeDouble(barSum);
        o.writeLong(barCount);
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        started = i.readBoolean();
        barOpen = i.readDouble();
        barHigh = i.readDouble();
        barLow = i.readDouble();
        last = i.readDouble();
        barSum = i.readDouble();
        barCount = i.readLong();
    }
}
