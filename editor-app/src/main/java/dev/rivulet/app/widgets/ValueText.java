package dev.rivulet.app.widgets;

import java.math.BigDecimal;

/** How widgets print values: whole numbers without ".0", other numbers as written, nothing for null. */
final class ValueText {
    private ValueText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.toString();
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** A number for small spaces (gauge dials): at most six significant digits. */
    static String compact(double d) {
        if (d == Math.rint(d) || Double.isNaN(d) || Double.isInfinite(d)) {
            return of(d);
        }
        return new BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
