package dev.rivulet.runtime.engine;

import dev.rivulet.core.StreamRecord;
import java.util.List;
import java.util.Map;

/** A live message's content in a Stream module's field order (numbers as doubles, as the replay cursors give them). */
final class FieldsRecord implements StreamRecord {
    private final Object[] values;

    private FieldsRecord(Object[] values) {
        this.values = values;
    }

    static FieldsRecord of(List<String> fields, Map<String, ?> content) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            Object v = content.get(fields.get(i));
            values[i] = v instanceof Number n && !(v instanceof Double) ? (Object) n.doubleValue() : v;
        }
        return new FieldsRecord(values);
    }

    @Override
    public boolean has(int field) {
        return field < values.length && values[field] != null;
    }

    @Override
    public boolean isDouble(int field) {
        return values[field] instanceof Double;
    }

    @Override
    public double getDouble(int field) {
        return (Double) values[field];
    }

    @Override
    public Object get(int field) {
        return values[field];
    }
}
