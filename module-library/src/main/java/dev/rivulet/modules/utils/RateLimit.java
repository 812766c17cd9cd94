package dev.rivulet.modules.utils;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Streamr's RateLimit: lets at most {@code rate} values through per {@code timeInMillis} of engine time (a sliding
 * window, not fixed slots) and reports on limitExceeded? whether each value was held back (1) or passed (0).
 *
 * <p>As in Streamr, only values that passed count against the limit, a value passed at time t stops counting at
 * t + timeInMillis exactly, and timeInMillis 0 means no limit.
 */
public final class RateLimit extends ModuleInstance {
    private final Input in = anyInput("in").help("Values to pass on, as long as the rate limit allows.");
    private final Parameter timeInMillis = doubleParam("timeInMillis", 1000)
        .help("Length of the sliding time span, in milliseconds, in which at most rate values pass; 0 for no limit.");
    private final Parameter rate = doubleParam("rate", 1)
        .help("How many values may pass within each timeInMillis.");
    private final Output out = anyOutput("out").help("The values that passed the limit.");
    private final Output limitExceeded = doubleOutput("limitExceeded?")
        .help("1 when a value was held back by the limit, 0 when it passed.");

    /** Times of the values that passed and still count, oldest first (a ring buffer). */
    private long[] times = new long[4];
    private int head;
    private int size;

    @Override
    public void initialize() {
        check();
    }

    private void check() {
        double t = timeInMillis.getDouble();
        double r = rate.getDouble();
        if (!(t >= 0) || t != Math.rint(t)) {
            throw new ModuleException("timeInMillis must be a whole number of milliseconds, at least 0, got "
                + timeInMillis.getString());
        }
        if (!(r >= 0) || r != Math.rint(r)) {
            throw new ModuleException("rate must be a whole number, at least 0, got " + rate.getString());
        }
    }

    @Override
    public void sendOutput() {
        // checked every time (two comparisons): a live parameter change does not mark the parameter as fired
        check();
        long span = (long) timeInMillis.getDouble();
        long now = now();
        if (span != 0) {
            while (size > 0 && now - times[head] >= span) {
                head = (head + 1) % times.length;
                size--;
            }
        }
        if (span == 0 || size < rate.getDouble()) {
            if (span != 0) {
                push(now);
            }
            out.sendFrom(in);
            limitExceeded.send(0);
        } else {
            limitExceeded.send(1);
        }
    }

    private void push(long t) {
        if (size == times.length) {
            long[] bigger = new long[times.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = times[(head + i) % times.length];
            }
            times = bigger;
            head = 0;
        }
        times[(head + size) % times.length] = t;
        size++;
    }

    @Override
    public void clearState() {
        head = 0;
        size = 0;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeInt(size);
        for (int i = 0; i < size; i++) {
            o.writeLong(times[(head + i) % times.length]);
        }
    }

    @Override
    protected void readState(DataInput din) throws IOException {
        clearState();
        int n = din.readInt();
        for (int i = 0; i < n; i++) {
            push(din.readLong());
        }
    }
}
