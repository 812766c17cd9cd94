package dev.rivulet.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep copies of JSON-like values (maps, lists, scalars), used when documents are copied. */
public final class DeepCopy {
    private DeepCopy() {
    }

    @SuppressWarnings("unchecked")
    public static Object value(Object v) {
        if (v instanceof Map<?, ?> m) {
            return map((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object o : l) {
                copy.add(value(o));
            }
            return copy;
        }
        return v;
    }

    public static Map<String, Object> map(Map<String, Object> m) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            copy.put(e.getKey(), value(e.getValue()));
        }
        return copy;
    }
}
