package dev.rivulet.modules.time;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Streamr's TimeBetweenEvents: the milliseconds since the previous value arrived at {@code in}, by engine time
 * (replayed time in historical runs). The first value only starts the count and sends nothing, as in Streamr.
 */
public final class TimeBetweenEvents extends ModuleInstance {
    private final Input in = anyInput("in").help("Any value; each arrival is timed against the previous one.");
    private final Output ms = doubleOutput("ms").help("Milliseconds since the previous value arrived.");
    private boolean seen;
    private long last;

    @Override
    public void sendOutput() {
        long t = now();
        if (seen) {
            ms.send((double) (t - last));
        }
        seen = true;
        last = t;
    }

    @Override
    public void clearState() {
        seen = false;
        last = 0;
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeBoolean(seen);
        out.writeLong(last);
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        seen = in.readBoolean();
        last = in.readLong();
    }
}
