package dev.rivulet.core;

import java.util.List;
import java.util.Map;

/**
 * An input endpoint. Values arrive synchronously from the connected output; a value on a driving input
 * marks the owner pending (Streamr's activation rule). Doubles are kept unboxed.
 *
 * <p>Usage in a module: {@code private final Input in = doubleInput("in"); ... double v = in.getDouble();}
 */
public class Input extends Endpoint {
    boolean driving = true;
    boolean canToggleDriving = true;
    boolean requiresConnection = true;
    boolean canHaveInitialValue;
    boolean readyWithoutValue;
    Object initialValue;
    Output source;
    boolean feedback;

    boolean hasValue;
    /**
     * The owner's activation count when a driving value last arrived; the input "was triggered" while that equals the
     * owner's current count, so one increment per activation clears every input at once.
     */
    long triggeredAt = -1;
    boolean isDouble;
    double doubleValue;
    Object objectValue;

    Input(ModuleInstance owner, String name, DataType type, TypeSet types) {
        super(owner, name, type, types);
        canHaveInitialValue = type == DataType.DOUBLE || type == DataType.STRING || type == DataType.BOOLEAN;
    }

    @Override
    public Input help(String text) {
        super.help(text);
        return this;
    }

    @Override
    public Input displayName(String name) {
        super.displayName(name);
        return this;
    }

    /** Makes this input non-driving by default (the user may still toggle it unless locked). */
    public Input notDriving() {
        driving = false;
        return this;
    }

    /** Locks the driving flag at its current value. */
    public Input lockDriving() {
        canToggleDriving = false;
        return this;
    }

    /** The module may run while this input is unconnected. */
    public Input optional() {
        requiresConnection = false;
        return this;
    }

    public void setDriving(boolean driving) {
        this.driving = driving;
    }

    // Reference fields are written only when they change: each reference store costs a GC write barrier, which
    // is measurable on the per-event path.
    final void receiveDouble(double v) {
        doubleValue = v;
        isDouble = true;
        if (objectValue != null) {
            objectValue = null;
        }
        arrived();
    }

    final void receiveBoolean(Boolean v) {
        if (objectValue != v) {
            objectValue = v;
        }
        isDouble = false;
        arrived();
    }

    final void receiveObject(Object v) {
        if (v instanceof Double d) {
            doubleValue = d;
            isDouble = true;
            objectValue = null;
        } else {
            objectValue = v;
            isDouble = false;
        }
        arrived();
    }

    private void arrived() {
        if (!hasValue) {
            boolean wasReady = isReady();
            hasValue = true;
            if (!wasReady) {
                owner.notReady--;
            }
        }
        if (driving) {
            triggeredAt = owner.activations;
            owner.pending = true;
        }
    }

    /** Sets a value without activating the owner (initial values, pulled constants, restored state). */
    final void setSilently(Object v) {
        boolean wasReady = isReady();
        if (v instanceof Number n && !(v instanceof Double) && type == DataType.DOUBLE) {
            v = n.doubleValue();
        }
        if (v instanceof Double d) {
            doubleValue = d;
            isDouble = true;
            objectValue = null;
        } else {
            objectValue = v;
            isDouble = false;
        }
        hasValue = v != null;
        if (!owner.readinessTracked) {
            return;
        }
        if (!wasReady && isReady()) {
            owner.notReady--;
        } else if (wasReady && !isReady()) {
            owner.notReady++;
        }
    }

    public boolean isReady() {
        return hasValue || readyWithoutValue || (source == null && !requiresConnection);
    }

    /**
     * Counts as ready before its first value, so the module can fire on its other inputs (Streamr's Merge, Table and
     * Chart inputs).
     */
    public Input alwaysReady() {
        readyWithoutValue = true;
        return this;
    }

    @Override
    public boolean isConnected() {
        return source != null;
    }

    public Output source() {
        return source;
    }

    public boolean hasValue() {
        return hasValue;
    }

    /** True when this input received a value since the owner's last activation (Streamr's drivingInputs). */
    public boolean wasTriggered() {
        return triggeredAt == owner.activations;
    }

    public boolean isDriving() {
        return driving;
    }

    public boolean canToggleDriving() {
        return canToggleDriving;
    }

    public boolean requiresConnection() {
        return requiresConnection;
    }

    public boolean canHaveInitialValue() {
        return canHaveInitialValue;
    }

    public Object initialValue() {
        return initialValue;
    }

    public boolean isFeedback() {
        return feedback;
    }

    public boolean isDoubleValue() {
        return isDouble;
    }

    /** The value as a double; numbers and numeric strings convert, booleans give 1/0. */
    public double getDouble() {
        if (isDouble) {
            return doubleValue;
        }
        return Values.toDouble(objectValue, this);
    }

    /** The value as an object (doubles boxed). */
    public Object getValue() {
        return isDouble ? Double.valueOf(doubleValue) : objectValue;
    }

    /** Streamr's Boolean coercion: 0, "", "false", empty list/map, null are false. */
    public boolean getBoolean() {
        if (isDouble) {
            return doubleValue != 0 && doubleValue == doubleValue;
        }
        Object v = objectValue;
        if (v == Boolean.TRUE) {
            return true;
        }
        if (v == Boolean.FALSE) {
            return false;
        }
        return Values.truthy(v);
    }

    public String getString() {
        return isDouble ? Values.format(doubleValue) : Values.toText(objectValue);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> getMap() {
        if (objectValue instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new ModuleException(longName() + " expected a Map but got " + Values.describe(getValue()));
    }

    @SuppressWarnings("unchecked")
    public List<Object> getList() {
        if (objectValue instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new ModuleException(longName() + " expected a List but got " + Values.describe(getValue()));
    }

    /** Forgets the value (restoring an initial value if configured). */
    void clear() {
        if (source != null && source.owner instanceof Pullable) {
            return;
        }
        triggeredAt = -1;
        setSilently(initialValue);
    }
}
