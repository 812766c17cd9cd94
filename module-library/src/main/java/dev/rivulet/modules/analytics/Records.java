package dev.rivulet.modules.analytics;

import dev.rivulet.core.Values;
import dev.rivulet.modules.map.MapPath;
import java.util.Map;

/**
 * Reading fields of records (maps) the way the analytics modules do: a field name is a key of the map, or, when the
 * map has no such key, a path into nested data (address.city) as in GetFromMap; numbers may arrive as text.
 *
 * <p>Usage: {@code String key = Records.key(map, "symbol");} {@code double v = Records.number(map, "price");}
 */
final class Records {
    private Records() {
    }

    /** The field's value, or null when the record lacks it. */
    static Object field(Map<String, Object> record, String name) {
        return MapPath.lookup(record, name);
    }

    /** The field as a key (its text form, so 1.0 and "1" are the same key), or null when missing. */
    static String key(Map<String, Object> record, String name) {
        Object v = field(record, name);
        return v == null ? null : Values.toText(v);
    }

    /** The value as a number (numbers, numeric text, booleans as 1/0), or NaN when it is missing or not a number. */
    static double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
