package dev.rivulet.modules.map;

import java.util.List;
import java.util.Map;

/**
 * Streamr's selector syntax (MapTraversal) for reaching into nested maps and lists: names separated by dots, list
 * positions in brackets, e.g. {@code "parents[1].name"} or {@code "options.inputs[3].value"}; {@code "count"} or
 * {@code "length"} after a list gives its size. Anything not found, malformed or out of range gives null.
 *
 * <p>Usage: {@code Object v = MapPath.get(map, "a.b[0]");}
 */
public final class MapPath {
    private MapPath() {
    }

    /** The value at the path, or null. */
    public static Object get(Map<?, ?> map, String path) {
        Object at = map;
        for (String step : path.split("\\.", -1)) {
            if (!(at instanceof Map<?, ?> m)) {
                if (at instanceof List<?> l && (step.equalsIgnoreCase("count") || step.equalsIgnoreCase("length"))) {
                    return (double) l.size();
                }
                return null;
            }
            String[] parts = step.split("\\[", -1);
            at = m.get(parts[0]);
            for (int j = 1; j < parts.length; j++) {
                String part = parts[j];
                if (!(at instanceof List<?> list) || part.length() < 2 || part.charAt(part.length() - 1) != ']') {
                    return null;
                }
                int index;
                try {
                    index = Integer.parseInt(part.substring(0, part.length() - 1).trim());
                } catch (NumberFormatException e) {
                    return null;
                }
                if (index < 0 || index >= list.size()) {
                    return null;
                }
                at = list.get(index);
            }
        }
        return at;
    }

    /**
     * A key as GetFromMap and GetMultiFromMap read it: the entry with exactly that key when the map has one (so keys
     * that contain dots still work), otherwise the key as a path into nested maps and lists (Streamr's later
     * GetFromMap).
     */
    public static Object lookup(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v != null || map.containsKey(key)) {
            return v;
        }
        return key.indexOf('.') >= 0 || key.indexOf('[') >= 0 ? get(map, key) : null;
    }
}
