package dev.rivulet.runtime.engine;

import dev.rivulet.core.OutputTap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The last values a wire carried while it is inspected: a ring of (engine time, value), filled on the engine thread
 * without allocating for numbers, read from any thread as a copy. Closing it removes the tap from the output (on the
 * engine thread), so a wire nobody inspects costs nothing.
 *
 * <p>Usage: {@code try (WireTap tap = run.inspect(hash, "out", 50)) { tap.values() }}
 */
public final class WireTap implements OutputTap, AutoCloseable {
    /** One value seen on the wire. */
    public record Value(long time, Object value) {
    }

    private final long[] times;
    private final double[] numbers;
    private final Object[] objects;
    private final LongSupplier clock;
    private final Runnable remove;
    private int next;
    private long count;
    private volatile long version;
    private volatile boolean closed;

    WireTap(int capacity, LongSupplier engineTime, Runnable remove) {
        int n = Math.max(1, capacity);
        times = new long[n];
        numbers = new double[n];
        objects = new Object[n];
        clock = engineTime;
        this.remove = remove;
    }

    @Override
    public synchronized void sent(double value) {
        if (closed) {
            return;
        }
        times[next] = clock.getAsLong();
        numbers[next] = value;
        objects[next] = null;
        advance();
    }

    @Override
    public synchronized void sent(Object value) {
        if (closed) {
            return;
        }
        times[next] = clock.getAsLong();
        objects[next] = value;
        advance();
    }

    private void advance() {
        next = (next + 1) % times.length;
        count++;
        version = count;
    }

    /** Values seen so far, oldest first (at most the capacity). */
    public synchronized List<Value> values() {
        int n = (int) Math.min(count, times.length);
        List<Value> out = new ArrayList<>(n);
        int start = count <= times.length ? 0 : next;
        for (int i = 0; i < n; i++) {
            int k = (start + i) % times.length;
            out.add(new Value(times[k], objects[k] != null ? objects[k] : (Object) numbers[k]));
        }
        return out;
    }

    /** Changes whenever a value arrives: compare it to skip copying when nothing is new. */
    public long version() {
        return version;
    }

    /** Values seen since the tap was installed. */
    public synchronized long count() {
        return count;
    }

    @Override
    public void close() {
        // values still in flight are ignored at once; the output drops the tap at the engine's next turn
        if (!closed) {
            closed = true;
            remove.run();
        }
    }
}
