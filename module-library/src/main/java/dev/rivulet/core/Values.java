package dev.rivulet.core;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Conversions between runtime values, following Streamr's coercion rules. */
public final class Values {
    private Values() {
    }

    /** Streamr truthiness: null, 0, NaN, "", "false", empty collections and maps are false. */
    public static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        if (v instanceof String s) {
            return !s.isEmpty() && !s.equalsIgnoreCase("false");
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    public static double toDouble(Object v, Endpoint where) {
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
                throw new ModuleException(where.longName() + " expected a number but got \"" + s + "\"");
            }
        }
        throw new ModuleException(where.longName() + " expected a number but got " + describe(v));
    }

    /** Text form of a value: whole doubles without ".0", everything else via toString. */
    public static String toText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return format(d);
        }
        return v.toString();
    }

    public static String format(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        return v.getClass().getSimpleName() + " " + toText(v);
    }
}
