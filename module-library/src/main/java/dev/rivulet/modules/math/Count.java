package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Counts the events arriving at its input. */
public final class Count extends ModuleInstance {
    private final Input in = anyInput("in").help("Each value counts one event.");
    private final Output count = doubleOutput("count").help("Events received since start or clear.");
    private long n;

    @Override
    public void sendOutput() {
        count.send(++n);
    }

    public long count() {
        return n;
    }

    @Override
    public void clearState() {
        n = 0;
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeLong(n);
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        n = in.readLong();
    }
}
