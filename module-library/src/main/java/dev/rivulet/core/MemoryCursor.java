package dev.rivulet.core;

import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory stream for replays and tests: rows of field values with timestamps, in the order added (callers add
 * them in time order). Null fields are "missing".
 *
 * <p>Usage: {@code new MemoryCursor().add(1000, 1.5, "a").add(2000, 2.0, null)}
 */
public final class MemoryCursor implements RecordCursor, StreamRecord {
    private final List<long[]> stamps = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    private int pos = -1;
    private Object[] row;

    public MemoryCursor add(long timestamp, Object... fields) {
        stamps.add(new long[] {timestamp, stamps.size()});
        Object[] copy = fields.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof Number n && !(copy[i] instanceof Double)) {
                copy[i] = n.doubleValue();
            }
        }
        rows.add(copy);
        return this;
    }

    /** A fresh cursor over the same rows, positioned before the first (for a second reader of the same stream). */
    public MemoryCursor copy() {
        MemoryCursor c = new MemoryCursor();
        c.stamps.addAll(stamps);
        c.rows.addAll(rows);
        return c;
    }

    public int size() {
        return rows.size();
    }

    @Override
    public boolean next() {
        if (pos + 1 >= rows.size()) {
            row = null;
            return false;
        }
        pos++;
        row = rows.get(pos);
        return true;
    }

    @Override
    public long timestamp() {
        return stamps.get(pos)[0];
    }

    @Override
    public long sequence() {
        return stamps.get(pos)[1];
    }

    @Override
    public StreamRecord record() {
        return this;
    }

    @Override
    public boolean has(int field) {
        return field < row.length && row[field] != null;
    }

    @Override
    public boolean isDouble(int field) {
        return row[field] instanceof Double;
    }

    @Override
    public double getDouble(int field) {
        return (Double) row[field];
    }

    @Override
    public Object get(int field) {
        return row[field];
    }
}
