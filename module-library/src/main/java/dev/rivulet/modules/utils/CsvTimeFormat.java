package dev.rivulet.modules.utils;

import dev.rivulet.core.ModuleException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * ExportCSV's time column formats, named as Streamr's timeFormat option values. ISO 8601 local is written with its
 * offset ({@code 2020-01-01T02:00:00.000+0200}), UTC with a Z, as in Streamr.
 */
enum CsvTimeFormat {
    MILLISECONDS_SINCE_EPOCH,
    ISO_8601_LOCAL,
    ISO_8601_UTC;

    private static final DateTimeFormatter UTC =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    /** A formatter for the option value and time zone; unknown values are reported clearly. */
    static Formatter parse(Object option, String zone) {
        CsvTimeFormat f;
        try {
            f = valueOf(String.valueOf(option).trim());
        } catch (IllegalArgumentException e) {
            throw new ModuleException("timeFormat must be MILLISECONDS_SINCE_EPOCH, ISO_8601_LOCAL or ISO_8601_UTC, not \""
                + option + "\"");
        }
        if (f == MILLISECONDS_SINCE_EPOCH) {
            return Long::toString;
        }
        if (f == ISO_8601_UTC) {
            return t -> UTC.format(Instant.ofEpochMilli(t));
        }
        ZoneId z;
        try {
            z = ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new ModuleException("timezone \"" + zone + "\" is not a known time zone (e.g. UTC, Europe/Helsinki)");
        }
        DateTimeFormatter local = LOCAL.withZone(z);
        return t -> local.format(Instant.ofEpochMilli(t));
    }

    /** Formats engine time (epoch millis) for the time column. */
    interface Formatter {
        String format(long epochMillis);
    }
}
