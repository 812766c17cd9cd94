package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.WindowedModule;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Streamr's Count: how many events arrived, over a window (windowLength 0, the default, counts everything since the
 * start or the last clear). A time window also updates the count when a clock tick expires events.
 */
public final class Count extends WindowedModule {
    private final Input in = anyInput("in").help("Each value counts one event.");
    private final Output count = doubleOutput("count").help("Events in the window.");
    private long total;

    public Count() {
        super(0, 0);
    }

    @Override
    public void sendOutput() {
        if (windowLength.getDouble() == 0) {
            // unbounded: a plain counter, no window to keep
            total++;
            if (total >= minSamples.getDouble()) {
                count.send(total);
            }
            return;
        }
        if (addToWindow(0)) {
            count.send(window.size());
        }
    }

    @Override
    public void onTime(long epochMillis) {
        int before = window.size();
        super.onTime(epochMillis);
        if (window.size() != before && window.size() >= minSamples.getDouble()) {
            count.send(window.size());
        }
    }

    /** Events counted so far (the unbounded counter, or the window's size). */
    public long count() {
        return windowLength.getDouble() == 0 ? total : window.size();
    }

    @Override
    public void clearState() {
        super.clearState();
        total = 0;
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        super.writeState(out);
        out.writeLong(total);
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        super.readState(in);
        total = in.readLong();
    }
}
