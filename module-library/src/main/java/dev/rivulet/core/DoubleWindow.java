package dev.rivulet.core;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A sliding window of timestamped doubles, by event count or by time, as a growable ring buffer with a running sum.
 * No allocation once the buffer has grown to the window's size.
 *
 * <p>Usage: {@code w.configure(10, WindowType.EVENTS); w.add(now, v); double avg = w.sum() / w.size();}
 */
public final class DoubleWindow {
    // capacity is always a power of two so that ring indices are masks, not divisions
    private double[] values = new double[16];
    private long[] times = new long[16];
    private int head;
    private int size;
    private double sum;
    private int sinceResum;
    private long length = 1;
    private WindowType type = WindowType.EVENTS;

    /** Sets the window's length; 0 means unbounded (Streamr's default: a running total over everything). */
    public void configure(long length, WindowType type) {
        if (length < 0) {
            throw new IllegalArgumentException("window length cannot be negative, got " + length);
        }
        this.length = length;
        this.type = type;
    }

    /** Adds a value at time {@code now} and evicts what falls out of the window. */
    public void add(long now, double v) {
        if (size == values.length) {
            grow();
        }
        int idx = (head + size) & (values.length - 1);
        values[idx] = v;
        times[idx] = now;
        size++;
        sum += v;
        evict(now);
    }

    /** Evicts values older than the time window (no-op for event windows beyond the count rule). */
    public void evict(long now) {
        if (length == 0) {
            return;
        }
        if (type == WindowType.EVENTS) {
            while (size > length) {
                removeFirst();
            }
        } else {
            long oldest = now - length * type.millis();
            while (size > 0 && times[head] <= oldest) {
                removeFirst();
            }
        }
    }

    private void removeFirst() {
        sum -= values[head];
        head = (head + 1) & (values.length - 1);
        size--;
        // recompute the running sum now and then, so rounding errors cannot accumulate
        if (++sinceResum >= 1 << 16) {
            sinceResum = 0;
            double s = 0;
            for (int i = 0; i < size; i++) {
                s += get(i);
            }
            sum = s;
        }
        if (size == 0) {
            sum = 0;
        }
    }

    private void grow() {
        double[] nv = new double[values.length * 2];
        long[] nt = new long[times.length * 2];
        for (int i = 0; i < size; i++) {
            nv[i] = values[(head + i) & (values.length - 1)];
            nt[i] = times[(head + i) & (times.length - 1)];
        }
        values = nv;
        times = nt;
        head = 0;
    }

    /** The i-th value, oldest first. */
    public double get(int i) {
        return values[(head + i) & (values.length - 1)];
    }

    public long timeAt(int i) {
        return times[(head + i) & (times.length - 1)];
    }

    public int size() {
        return size;
    }

    public double sum() {
        return sum;
    }

    public void clear() {
        head = 0;
        size = 0;
        sum = 0;
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeLong(timeAt(i));
            out.writeDouble(get(i));
        }
    }

    public void read(DataInput in) throws IOException {
        clear();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            long t = in.readLong();
            double v = in.readDouble();
            if (size == values.length) {
                grow();
            }
            values[(head + size) & (values.length - 1)] = v;
            times[(head + size) & (times.length - 1)] = t;
            size++;
            sum += v;
        }
    }
}
