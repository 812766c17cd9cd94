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
 * Streamr's ExponentialMovingAverage: EMA with alpha = 2 / (length + 1). As in Streamr, it warms up on the simple
 * average of the first {@code length} values (sending that average meanwhile), then continues exponentially from it,
 * so the early output is not dominated by whichever value happened to come first.
 */
public final class MovingAverageExp extends ModuleInstance {
    private final Parameter length = doubleParam("length", 60)
        .help("Number of events the average roughly spans; the weight of a new value is 2 / (length + 1).");
    private final Parameter minSamples = doubleParam("minSamples", 1)
        .help("No output until this many values have arrived.");
    private final Input in = doubleInput("in").help("Values to average.");
    private final Output out = doubleOutput("out").help("Exponential moving average of the input.");

    private long count;
    private double warmupSum;
    private boolean seeded;
    private double ema;

    @Override
    public void initialize() {
        check(length.getDouble(), minSamples.getDouble());
    }

    @Override
    public void sendOutput() {
        double len = length.getDouble();
        double min = minSamples.getDouble();
        check(len, min);
        double v = in.getDouble();
        count++;
        double value;
        if (!seeded) {
            warmupSum += v;
            value = warmupSum / count;
            if (count >= len) {
                ema = value;
                seeded = true;
            }
        } else {
            double alpha = 2 / (len + 1);
            ema = alpha * v + (1 - alpha) * ema;
            value = ema;
        }
        // Counts every value received; Streamr compared with its warm-up size, capped at length, so a minSamples
        // above length never sent anything there.
        if (count >= min) {
            out.send(value);
        }
    }

    private void check(double len, double min) {
        if (!(len >= 1)) {
            throw new ModuleException("length must be at least 1, got " + length.getString());
        }
        if (!(min >= 0)) {
            throw new ModuleException("minSamples must be zero or more, got " + minSamples.getString());
        }
    }

    @Override
    public void clearState() {
        count = 0;
        warmupSum = 0;
        seeded = false;
        ema = 0;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeLong(count);
        o.writeDouble(warmupSum);
        o.writeBoolean(seeded);
        o.writeDouble(ema);
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        count = i.readLong();
        warmupSum = i.readDouble();
        seeded = i.readBoolean();
        ema = i.readDouble();
    }
}
