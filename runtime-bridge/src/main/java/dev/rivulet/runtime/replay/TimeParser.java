package dev.rivulet.runtime.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses the time formats users give: epoch millis, ISO-8601 instants and offset/zoned date-times, local date-times
 * and dates (taken as UTC, as Streamr did).
 */
public final class TimeParser {
    private TimeParser() {
    }

    /** Epoch millis for the text, or throws IllegalArgumentException naming the accepted forms. */
    public static long parse(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty time");
        }
        if (s.matches("-?\\d+")) {
            return Long.parseLong(s);
        }
        if (s.matches("-?\\d+\\.\\d+")) {
            return (long) Double.parseDouble(s);
        }
        try {
            return Instant.parse(s).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time (use epoch millis or ISO-8601, e.g."
                + " 2024-05-01T12:00:00Z)");
        }
    }

    /**
     * An end bound: a bare date (yyyy-MM-dd) means the end of that day UTC, as in Streamr's legacy settings; other
     * forms as {@link #parse}.
     */
    public static long parseEnd(String text) {
        String s = text.trim();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(s).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        }
        return parse(s);
    }
}
