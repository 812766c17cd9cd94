package dev.rivulet.app.widgets;

import java.util.Map;

/** Reads widget options as modules keep them: plain values or Streamr's {@code {value, type}} objects. */
final class OptionValues {
    private OptionValues() {
    }

    static Object value(Map<String, Object> o, String key) {
        Object v = o.get(key);
        return v instanceof Map<?, ?> m ? m.get("value") : v;
    }

    static double number(Map<String, Object> o, String key, double fallback) {
        Object v = value(o, key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    static boolean bool(Map<String, Object> o, String key, boolean fallback) {
        Object v = value(o, key);
        if (v instanceof Boolean b) {
            return b;
        }
        return v instanceof String s ? Boolean.parseBoolean(s.trim()) : fallback;
    }

    static String text(Map<String, Object> o, String key, String fallback) {
        Object v = value(o, key);
        return v == null ? fallback : String.valueOf(v);
    }
}
