package dev.rivulet.modules.timeseries;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Streamr's FlexBarify: bars measured in any quantity instead of time, e.g. volume bars. Each event brings a value
 * and its length (valueLength, such as a trade's volume); a bar is complete once the lengths since it began add up
 * to barLength, and its open, high, low, close, length-weighted average and weighted sum are sent then.
 *
 * <p>The details follow Streamr's module so that results match: the value that completes a bar is that bar's close,
 * but its weight and extremes already count towards the next bar, which opens at that close; lengths beyond the bar
 * carry over, so bars stay aligned to multiples of barLength. When one event carries more than a whole bar, one bar
 * closes per event until the bars catch up. Streamr kept the total weight as a whole number (dropping fractions of
 * valueLength from the average); here it is exact.
 */
public final class FlexBarify extends ModuleInstance {
    private final Parameter barLength = doubleParam("barLength", 5000)
        .help("Total valueLength that makes up one bar (above 0), e.g. 5000 units of volume.");
    private final Input valueLength = doubleInput("valueLength")
        .help("How much each value counts towards the bar (0 or more), e.g. the volume of a trade. Drives the bars.");
    private final Input value = doubleInput("value").notDriving()
        .help("The value, e.g. the price of the trade; paired with valueLength arriving in the same event.");
    private final Output open = doubleOutput("open").help("First value of the bar (the previous bar's close).");
    private final Output high = doubleOutput("high").help("Highest value of the bar.");
    private final Output low = doubleOutput("low").help("Lowest value of the bar.");
    private final Output close = doubleOutput("close").help("The value that completed the bar.");
    private final Output avg = doubleOutput("avg").help("Average of the bar's values, weighted by their valueLength.");
    private final Output sum = doubleOutput("sum").help("Sum of value × valueLength over the bar.");

    private boolean started;
    private double start;
    private double progress;
    private double barOpen;
    private double barHigh;
    private double barLow;
    private double weightedSum;
    private double weight;

    @Override
    public void initialize() {
        checkBarLength();
    }

    private double checkBarLength() {
        double len = barLength.getDouble();
        if (!(len > 0) || !Double.isFinite(len)) {
            throw new ModuleException("barLength must be a number above 0, got " + barLength.getString());
        }
        return len;
    }

    @Override
    public void sendOutput() {
        double len = checkBarLength();
        double q = valueLength.getDouble();
        if (!(q >= 0) || !Double.isFinite(q)) {
            throw new ModuleException("valueLength must be a finite number, 0 or more, got " + valueLength.getString());
        }
        double v = value.getDouble();
        if (!started) {
            started = true;
            start = 0;
            progress = q;
            newBar(v);
        } else {
            progress += q;
            if (progress >= start + len) {
                open.send(barOpen);
                high.send(barHigh);
                low.send(barLow);
                close.send(v);
                avg.send(weight > 0 ? weightedSum / weight : v);
                sum.send(weightedSum);
                start += len;
                newBar(v);
            }
        }
        if (v > barHigh) {
            barHigh = v;
        }
        if (v < barLow) {
            barLow = v;
        }
        weightedSum += q * v;
        weight += q;
    }

    private void newBar(double openAt) {
        barOpen = openAt;
        barHigh = openAt;
        barLow = openAt;
        weightedSum = 0;
        weight = 0;
    }

    @Override
    public void clearState() {
        started = false;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeBoolean(started);
        o.writeDouble(start);
        o.writeDouble(progress);
        o.writeDouble(barOpen);
        o.writeDouble(barHigh);
        o.writeDouble(barLow);
        o.writeDouble(weightedSum);
        o.writeDouble(weight);
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        started = i.readBoolean();
        start = i.readDouble();
        progress = i.readDouble();
        barOpen = i.readDouble();
        barHigh = i.readDouble();
        barLow = i.readDouble();
        weightedSum = i.readDouble();
        weight = i.readDouble();
    }
}
