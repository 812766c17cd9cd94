package dev.rivulet.modules.analytics;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * ZScoreAnomaly: how many standard deviations each value lies from the mean of the values before it, and whether
 * that is beyond threshold.
 *
 * <p>Each value is scored against the window of the windowLength values that came before it, not including itself,
 * so that a spike cannot soften its own score; then it joins the window. The standard deviation is the sample one
 * (n − 1). Nothing is sent until the window holds minSamples values (at least 2). When every value in the window is
 * the same (deviation 0), a value equal to it scores 0 and any other ±Infinity (an anomaly). NaN values are ignored.
 *
 * <p>Mean and variance are kept with Welford's method, adding the new value and removing the one that leaves the
 * window, so each event costs the same whatever the window length; to stop rounding errors from building up over a
 * long run, they are recomputed from the window's values every windowLength removals.
 */
public final class ZScoreAnomaly extends ConfiguredModule {
    private final Input in = doubleInput("in").help("The values to check, e.g. a latency or a price change.");
    private final Parameter windowLength = doubleParam("windowLength", 100)
        .help("How many preceding values the mean and deviation are taken over; 0 for all values so far.");
    private final Parameter threshold = doubleParam("threshold", 3)
        .help("A value is an anomaly when its z-score is beyond this, either way (3: outside mean ± 3 deviations).");
    private final Parameter minSamples = doubleParam("minSamples", 10)
        .help("No output until this many values (at least 2) are in the window.");
    private final Output z = doubleOutput("z")
        .help("The z-score: (value − mean) / standard deviation of the preceding window.");
    private final Output anomaly = output("anomaly", DataType.BOOLEAN)
        .help("True when the z-score is beyond threshold in either direction.");

    private double[] ring = new double[0];
    private int head;
    private int size;
    private long count;
    private double mean;
    private double m2;
    private int removals;
    private int length;
    private double limit;
    private int min;

    @Override
    protected void configure() {
        int len = (int) Params.whole(windowLength, 0, 10_000_000);
        double t = threshold.getDouble();
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new ModuleException("threshold must be a number above 0, got " + threshold.getString());
        }
        int ms = (int) Params.whole(minSamples, 2, 10_000_000);
        if (len != 0 && ms > len) {
            throw new ModuleException("minSamples (" + ms + ") cannot exceed windowLength (" + len + "): the window"
                + " would never hold enough values");
        }
        if (len != length) {
            resize(len);
        }
        limit = t;
        min = ms;
    }

    @Override
    protected void process() {
        double v = in.getDouble();
        if (Double.isNaN(v)) {
            return;
        }
        if (count >= min) {
            double sd = Math.sqrt(m2 / (count - 1));
            double score = sd > 0 ? (v - mean) / sd : v == mean ? 0 : v > mean ? Double.POSITIVE_INFINITY
                : Double.NEGATIVE_INFINITY;
            z.send(score);
            anomaly.send(Math.abs(score) > limit);
        }
        add(v);
    }

    private void add(double v) {
        if (length > 0 && size == length) {
            double old = ring[head];
            head = (head + 1) % length;
            size--;
            remove(old);
        }
        if (length > 0) {
            ring[(head + size) % length] = v;
            size++;
        }
        count++;
        double delta = v - mean;
        mean += delta / count;
        m2 += delta * (v - mean);
    }

    private void remove(double x) {
        if (count == 1) {
            count = 0;
            mean = 0;
            m2 = 0;
            return;
        }
        double delta = x - mean;
        count--;
        mean -= delta / count;
        m2 -= delta * (x - mean);
        if (m2 < 0) {
            m2 = 0;
        }
        if (++removals >= length) {
            removals = 0;
            recompute();
        }
    }

    /** Exact two-pass mean and M2 from the values in the window. */
    private void recompute() {
        double s = 0;
        for (int i = 0; i < size; i++) {
            s += ring[(head + i) % length];
        }
        double m = size == 0 ? 0 : s / size;
        double q = 0;
        for (int i = 0; i < size; i++) {
            double d = ring[(head + i) % length] - m;
            q += d * d;
        }
        count = size;
        mean = m;
        m2 = q;
    }

    /**
     * A new window length keeps the newest values that fit. Becoming unbounded keeps the running figures; going from
     * unbounded to a window starts it empty, since the values themselves were not kept.
     */
    private void resize(int len) {
        double[] kept = new double[Math.max(len, 0)];
        int n = len == 0 ? 0 : Math.min(size, len);
        for (int i = 0; i < n; i++) {
            kept[i] = ring[(head + size - n + i) % ring.length];
        }
        ring = kept;
        head = 0;
        size = n;
        length = len;
        removals = 0;
        if (len > 0) {
            recompute();
        }
    }

    @Override
    public void clearState() {
        head = 0;
        size = 0;
        count = 0;
        mean = 0;
        m2 = 0;
        removals = 0;
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeLong(count);
        out.writeDouble(mean);
        out.writeDouble(m2);
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeDouble(ring[(head + i) % length]);
        }
    }

    @Override
    protected void readState(DataInput din) throws IOException {
        clearState();
        long c = din.readLong();
        double m = din.readDouble();
        double q = din.readDouble();
        int n = din.readInt();
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = din.readDouble();
        }
        if (length == 0) {
            count = c;
            mean = m;
            m2 = q;
            return;
        }
        for (int i = Math.max(0, n - length); i < n; i++) {
            add(values[i]);
        }
    }
}
