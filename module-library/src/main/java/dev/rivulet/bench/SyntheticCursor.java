package dev.rivulet.bench;

import dev.rivulet.core.RecordCursor;
import dev.rivulet.core.StreamRecord;

/**
 * A single-field numeric stream for benchmarks: {@code count} events 1 ms apart in simulated time, values cycled
 * from a precomputed array. Allocation-free.
 */
public final class SyntheticCursor implements RecordCursor, StreamRecord {
    private final double[] values;
    private final long start;
    private final long count;
    private long i = -1;
    private double current;

    public SyntheticCursor(double[] values, long startMillis, long count) {
        if (Integer.bitCount(values.length) != 1) {
            throw new IllegalArgumentException("value table length must be a power of two");
        }
        this.values = values;
        this.start = startMillis;
        this.count = count;
    }

    @Override
    public boolean next() {
        if (++i >= count) {
            return false;
        }
        current = values[(int) (i & (values.length - 1))];
        return true;
    }

    @Override
    public long timestamp() {
        return start + i;
    }

    @Override
    public long sequence() {
        return i;
    }

    @Override
    public StreamRecord record() {
        return this;
    }

    @Override
    public boolean has(int field) {
        return true;
    }

    @Override
    public boolean isDouble(int field) {
        return true;
    }

    @Override
    public double getDouble(int field) {
        return current;
    }

    @Override
    public Object get(int field) {
        return current;
    }
}
