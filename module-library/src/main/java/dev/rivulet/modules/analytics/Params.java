package dev.rivulet.modules.analytics;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Parameter;
import java.util.Locale;

/**
 * Checks shared by the analytics modules' parameters; each failure is a ModuleException naming the parameter, the
 * allowed values and the value given.
 *
 * <p>Usage: {@code long gapMillis = Params.millis(gap, false);}
 */
final class Params {
    private Params() {
    }

    /** A whole number within [min, max]. */
    static long whole(Parameter p, long min, long max) {
        double d = p.getDouble();
        if (!(d >= min && d <= max) || d != Math.rint(d)) {
            throw new ModuleException(p.name() + " must be a whole number from " + min + " to " + max + ", got "
                + p.getString());
        }
        return (long) d;
    }

    /** A number of seconds as milliseconds (rounded to the nearest millisecond); 0 allowed only when asked. */
    static long millis(Parameter p, boolean zeroAllowed) {
        double d = p.getDouble();
        boolean ok = zeroAllowed ? d >= 0 : d > 0;
        if (!ok || Double.isInfinite(d) || d * 1000 > Long.MAX_VALUE / 4) {
            throw new ModuleException(p.name() + " must be a number of seconds " + (zeroAllowed ? "of at least 0"
                : "above 0") + ", got " + p.getString());
        }
        long ms = Math.round(d * 1000);
        if (!zeroAllowed && ms == 0) {
            throw new ModuleException(p.name() + " must be at least 0.001 seconds, got " + p.getString());
        }
        return ms;
    }

    /** A finite number. */
    static double finite(Parameter p) {
        double d = p.getDouble();
        if (!Double.isFinite(d)) {
            throw new ModuleException(p.name() + " must be a number, got " + p.getString());
        }
        return d;
    }

    /** One of the allowed words (case-insensitive), returned in lower case. */
    static String choice(Parameter p, String... allowed) {
        String v = p.getString().trim().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return a;
            }
        }
        throw new ModuleException(p.name() + " must be one of " + String.join(", ", allowed) + ", got \""
            + p.getString() + "\"");
    }

    /** Trimmed text that must not be empty. */
    static String required(Parameter p, String example) {
        String v = p.getString().trim();
        if (v.isEmpty()) {
            throw new MissingSetting(p.name() + " is empty: give a field name, e.g. " + example);
        }
        return v;
    }
}
