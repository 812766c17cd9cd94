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

    VariadicGroup(String prefix, DataType type, boolean isInput, int defaultCount) {
        this.prefix = prefix;
        this.type = type;
        this.isInput = isInput;
        this.defaultCount = defaultCount;
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
