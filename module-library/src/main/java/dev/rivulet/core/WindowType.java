package dev.rivulet.core;

import java.util.Locale;

/** Window length units of the windowed modules (Streamr's windowType). */
public enum WindowType {
    EVENTS(0),
    SECONDS(1_000L),
    MINUTES(60_000L),
    HOURS(3_600_000L),
    DAYS(86_400_000L);

    private final long millis;

    WindowType(long millis) {
        this.millis = millis;
    }

    /** Length of one unit in millis; 0 for EVENTS. */
    public long millis() {
        return millis;
    }

    public boolean isTime() {
        return this != EVENTS;
    }

    public static WindowType parse(Object value) {
        String s = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
        for (WindowType t : values()) {
            if (t.name().equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown window type \"" + value + "\" (events, seconds, minutes, hours, days)");
    }
}
