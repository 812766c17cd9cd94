package dev.rivulet.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A growable family of ports (Add's in1..inN, Table's columns, PassThrough's linked in/out pairs). The editor
 * keeps one spare unconnected port at the end; the engine treats unconnected variadic inputs as absent.
 */
public final class VariadicGroup {
    final String prefix;
    final DataType type;
    final boolean isInput;
    final int defaultCount;
    final List<Endpoint> ports = new ArrayList<>();
    VariadicGroup linked;
    String linkedPrefix;
    boolean driving = true;
    boolean canToggleDriving = true;
    boolean alwaysReady;

    VariadicGroup(String prefix, DataType type, boolean isInput, int defaultCount) {
        this.prefix = prefix;
        this.type = type;
        this.isInput = isInput;
        this.defaultCount = defaultCount;
    }

    /** Ports of this group, present and added later, are driving (or not) and cannot be toggled. */
    public VariadicGroup lockDriving(boolean isDriving) {
        driving = isDriving;
        canToggleDriving = false;
        for (Endpoint e : ports) {
            if (e instanceof Input in) {
                in.driving = isDriving;
                in.canToggleDriving = false;
            }
        }
        return this;
    }

    /** Ports of this group count as ready before their first value (see {@link Input#alwaysReady()}). */
    public VariadicGroup alwaysReady() {
        alwaysReady = true;
        for (Endpoint e : ports) {
            if (e instanceof Input in) {
                in.readyWithoutValue = true;
            }
        }
        return this;
    }

    public String prefix() {
        return prefix;
    }

    public DataType type() {
        return type;
    }

    public boolean isInput() {
        return isInput;
    }

    public int defaultCount() {
        return defaultCount;
    }

    /** The linked output group (PassThrough, Filter, RequireAll), or null. */
    public VariadicGroup linked() {
        return linked;
    }

    public int size() {
        return ports.size();
    }

    @SuppressWarnings("unchecked")
    public List<Input> inputs() {
        if (!isInput) {
            throw new IllegalStateException("not an input group");
        }
        return (List<Input>) (List<?>) Collections.unmodifiableList(ports);
    }

    @SuppressWarnings("unchecked")
    public List<Output> outputs() {
        if (isInput) {
            throw new IllegalStateException("not an output group");
        }
        return (List<Output>) (List<?>) Collections.unmodifiableList(ports);
    }
}
