package dev.rivulet.app.start;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the start page and history panel show times: local time, day and minute. */
final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
        .withZone(ZoneId.systemDefault());

    private Times() {
    }

    static String format(Instant t) {
        return t == null ? "" : FORMAT.format(t);
    }
}
