package dev.rivulet.core;

import java.util.Arrays;

/**
 * An output endpoint. {@code send} pushes the value synchronously into every connected input; doubles stay
 * unboxed on the way. With no-repeat on, a value equal to the previous one is not sent.
 *
 * <p>Usage in a module: {@code out.send(a + b);}
 */
public class Output extends Endpoint {
    private static final Input[] NONE = new Input[0];

    Input[] targets = NONE;
    /** Off by default for new modules; see docs/decisions/0004-no-repeat-default.md. */
    boolean noRepeat;
    boolean canBeNoRepeat = true;

    private boolean hasLast;
    private boolean lastIsDouble;
    private double lastDouble;
    private Object lastObject;
    /** Values sent so far (after no-repeat); a plain counter read on the engine thread by run statistics. */
    long sent;
    /** Set only while the wire is inspected; null otherwise (one predictable branch per send). */
    private OutputTap tap;

    Output(ModuleInstance owner, String name, DataType type) {
        super(owner, name, type, TypeSet.of(type));
    }

    @Override
    public Output help(String text) {
        super.help(text);
        return this;
    }

    @Override
    public Output displayName(String name) {
        super.displayName(name);
        return this;
    }

    public Output noRepeat(boolean on) {
        noRepeat = on;
        return this;
    }

    /** Locks no-repeat off (Stream module outputs). */
    public Output repeatAlways() {
        noRepeat = false;
        canBeNoRepeat = false;
        return this;
    }

    public void send(double v) {
        if (noRepeat && hasLast && lastIsDouble && Double.compare(lastDouble, v) == 0) {
            return;
        }
        hasLast = true;
        lastIsDouble = true;
        lastDouble = v;
        if (lastObject != null) {
            lastObject = null;
        }
        sent++;
        if (tap != null) {
            tap.sent(v);
        }
        for (Input t : targets) {
            t.receiveDouble(v);
        }
    }

    public void send(boolean v) {
        Boolean b = v ? Boolean.TRUE : Boolean.FALSE;
        if (noRepeat && hasLast && lastObject == b) {
            return;
        }
        hasLast = true;
        lastIsDouble = false;
        if (lastObject != b) {
            lastObject = b;
        }
        sent++;
        if (tap != null) {
            tap.sent(b);
        }
        for (Input t : targets) {
            t.receiveBoolean(b);
        }
    }

    public void send(Object v) {
        if (v == null) {
            throw new ModuleException("cannot send null from " + longName());
        }
        if (v instanceof Double d) {
            send(d.doubleValue());
            return;
        }
        if (noRepeat && hasLast && !lastIsDouble && v.equals(lastObject)) {
            return;
        }
        hasLast = true;
        lastIsDouble = false;
        lastObject = v;
        sent++;
        if (tap != null) {
            tap.sent(v);
        }
        for (Input t : targets) {
            t.receiveObject(v);
        }
    }

    /** Forwards whatever an input holds, keeping doubles unboxed (PassThrough, Filter, Delay...). */
    public void sendFrom(Input in) {
        if (in.isDouble) {
            send(in.doubleValue);
        } else {
            send(in.objectValue);
        }
    }

    /** Installs a tap that sees every value sent, or removes it (null). Engine thread only. */
    public void tap(OutputTap t) {
        tap = t;
    }

    /** How many values this output has sent in the run (repeats suppressed by no-repeat are not counted). */
    public long sentCount() {
        return sent;
    }

    /** The last value sent, or null (boxed; not for hot paths). */
    public Object lastValue() {
        if (!hasLast) {
            return null;
        }
        return lastIsDouble ? Double.valueOf(lastDouble) : lastObject;
    }

    void restoreLast(Object v) {
        hasLast = v != null;
        lastIsDouble = v instanceof Double;
        lastDouble = v instanceof Double d ? d : 0;
        lastObject = v instanceof Double ? null : v;
    }

    void clear() {
        hasLast = false;
        lastObject = null;
    }

    void connect(Input target) {
        targets = Arrays.copyOf(targets, targets.length + 1);
        targets[targets.length - 1] = target;
        target.source = this;
    }

    @Override
    public boolean isConnected() {
        return targets.length > 0;
    }

    public boolean isNoRepeat() {
        return noRepeat;
    }

    public boolean canBeNoRepeat() {
        return canBeNoRepeat;
    }

    /** Connected inputs (a copy). */
    public Input[] targets() {
        return targets.clone();
    }
}
