package dev.rivulet.modules.timeseries;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.ValueCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Streamr's Delay: sends the value received delayEvents events ago. The first delayEvents values only fill the
 * buffer. Values are kept in a ring buffer (numbers unboxed), so nothing is allocated per event.
 */
public final class Delay extends ModuleInstance {
    private final Parameter delayEvents = doubleParam("delayEvents", 1)
        .help("How many events to hold back: each event sends the value from this many events before.");
    private final Input in = anyInput("in").help("Values of any type to delay.");
    private final Output out = anyOutput("out").help("The value received delayEvents events earlier.");

    private double[] numbers = new double[0];
    private Object[] objects = new Object[0];
    private int head;
    private int size;

    @Override
    public void initialize() {
        resize(length());
    }

    @Override
    public void sendOutput() {
        int n = length();
        if (n != numbers.length) {
            resize(n);
        }
        int tail;
        if (size == n) {
            // the oldest value leaves and the new one takes its slot
            if (objects[head] == null) {
                out.send(numbers[head]);
            } else {
                out.send(objects[head]);
            }
            tail = head;
            head = (head + 1) % n;
        } else {
            tail = (head + size) % n;
            size++;
        }
        if (in.isDoubleValue()) {
            numbers[tail] = in.getDouble();
            objects[tail] = null;
        } else {
            objects[tail] = in.getValue();
        }
    }

    private int length() {
        double d = delayEvents.getDouble();
        if (!(d >= 1) || d != Math.rint(d) || d > 1_000_000) {
            throw new ModuleException("delayEvents must be a whole number from 1 to 1000000, got "
                + delayEvents.getString());
        }
        return (int) d;
    }

    /** Changes the buffer length, keeping the newest values (Streamr drops the oldest when it shrinks). */
    private void resize(int n) {
        double[] nn = new double[n];
        Object[] no = new Object[n];
        int keep = Math.min(size, n);
        int old = numbers.length;
        for (int i = 0; i < keep; i++) {
            int from = (head + size - keep + i) % old;
            nn[i] = numbers[from];
            no[i] = objects[from];
        }
        numbers = nn;
        objects = no;
        head = 0;
        size = keep;
    }

    @Override
    public void clearState() {
        head = 0;
        size = 0;
        java.util.Arrays.fill(objects, null);
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeInt(size);
        for (int i = 0; i < size; i++) {
            int idx = (head + i) % numbers.length;
            ValueCodec.write(o, objects[idx] != null ? objects[idx] : (Object) numbers[idx]);
        }
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        int n = i.readInt();
        Object[] saved = new Object[n];
        for (int k = 0; k < n; k++) {
            saved[k] = ValueCodec.read(i);
        }
        int len = Math.max(numbers.length, 1);
        numbers = new double[len];
        objects = new Object[len];
        head = 0;
        size = 0;
        // keep the newest values if the buffer is now shorter than when the state was saved
        for (int k = Math.max(0, n - len); k < n; k++) {
            if (saved[k] instanceof Double d) {
                numbers[size] = d;
            } else {
                objects[size] = saved[k];
            }
            size++;
        }
    }
}
