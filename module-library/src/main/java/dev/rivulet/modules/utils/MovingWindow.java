package dev.rivulet.modules.utils;

import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.ValueCodec;
import dev.rivulet.core.DataType;
import dev.rivulet.core.WindowedModule;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Streamr's MovingWindow: the values of a sliding window (the last windowLength events, or a time span), sent as a
 * list, oldest first, each time a value arrives; with a time window also when a clock tick drops old values.
 *
 * <p>The window bookkeeping (lengths, time eviction, live changes of the window parameters) is the one every windowed
 * module shares: {@link WindowedModule}'s number window holds a placeholder per value with its arrival time and
 * decides what leaves. The values themselves, which may be of any type, ride alongside in a deque trimmed to the same
 * size; both drop their oldest entries first, so they stay aligned. Defaults are Streamr's: windowLength 0 (keep
 * everything) and minSamples 0.
 */
public final class MovingWindow extends WindowedModule {
    private final Input in = anyInput("in").help("Values of any type to collect.");
    private final Output list = output("list", DataType.LIST)
        .help("The values in the window as a list, oldest first.");
    private final ArrayDeque<Object> values = new ArrayDeque<>();

    public MovingWindow() {
        super(0, 0);
    }

    @Override
    public void sendOutput() {
        values.addLast(in.getValue());
        boolean ready = addToWindow(0);
        trim();
        if (ready) {
            send();
        }
    }

    @Override
    public void onTime(long epochMillis) {
        int before = window.size();
        super.onTime(epochMillis);
        if (window.size() != before) {
            trim();
            if (window.size() >= minSamples.getDouble()) {
                send();
            }
        }
    }

    private void trim() {
        while (values.size() > window.size()) {
            values.removeFirst();
        }
    }

    /** A fresh list each time: downstream modules may keep what they received. */
    private void send() {
        list.send(Collections.unmodifiableList(new ArrayList<>(values)));
    }

    @Override
    public void clearState() {
        super.clearState();
        values.clear();
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        super.writeState(out);
        ValueCodec.write(out, new ArrayList<>(values));
    }

    @Override
    protected void readState(DataInput din) throws IOException {
        super.readState(din);
        values.clear();
        if (ValueCodec.read(din) instanceof List<?> saved) {
            values.addAll(saved);
        }
        trim();
    }
}
