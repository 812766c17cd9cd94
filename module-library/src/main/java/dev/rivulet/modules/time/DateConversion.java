package dev.rivulet.modules.time;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Values;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

/**
 * Streamr's DateConversion: takes a date, as a timestamp (milliseconds since 1970 UTC) or as text in
 * {@code format}, and sends it as text in {@code format}, as a timestamp, and split into its parts in
 * {@code timezone} (day of week as "Mon".."Sun", months 1-12).
 *
 * <p>The format is a {@link DateTimeFormatter} pattern, as for Clock (Streamr used SimpleDateFormat; the common
 * letters y M d H m s S z mean the same). Text without a zone is read in {@code timezone}; text without a time of
 * day means midnight. Text that does not fit the format but is a plain number is taken as a timestamp (stream
 * fields often carry timestamps as text). Other text, NaN, true/false, lists and maps fail the module with a message
 * saying what was expected; a bad timezone or format does too.
 */
public final class DateConversion extends ModuleInstance {
    private final Parameter timezone = stringParam("timezone", "UTC")
        .help("Time zone for the text and the parts, e.g. UTC, Europe/Helsinki or +02:00.");
    private final Parameter format = stringParam("format", "yyyy-MM-dd HH:mm:ss z")
        .help("Layout of the date text, read and written: yyyy year, MM month, dd day, HH hour, mm minute,"
            + " ss second, SSS millisecond, z zone.");
    private final Input date = anyInput("date")
        .help("The date: a timestamp in milliseconds since 1970 (UTC), or text in the format above.");
    private final Output dateText = stringOutput("date").help("The date as text, in the format and timezone.");
    private final Output ts = doubleOutput("ts").help("The date in milliseconds since 1970-01-01 00:00 UTC.");
    private final Output dayOfWeek = stringOutput("dayOfWeek").help("The day of the week: Mon, Tue ... Sun.");
    private final Output years = doubleOutput("years").help("The year, e.g. 2024.");
    private final Output months = doubleOutput("months").help("The month, 1 (January) to 12.");
    private final Output days = doubleOutput("days").help("The day of the month, 1 to 31.");
    private final Output hours = doubleOutput("hours").help("The hour, 0 to 23.");
    private final Output minutes = doubleOutput("minutes").help("The minute, 0 to 59.");
    private final Output seconds = doubleOutput("seconds").help("The second, 0 to 59.");
    private final Output milliseconds = doubleOutput("milliseconds").help("The millisecond, 0 to 999.");
    private final ZoneParam zone = new ZoneParam(timezone);
    private String formatterKey;
    private DateTimeFormatter formatter;

    @Override
    public void initialize() {
        zone.get();
        formatter();
    }

    @Override
    public void sendOutput() {
        ZoneId z = zone.get();
        DateTimeFormatter f = formatter();
        long millis = toMillis(f, z);
        ZonedDateTime t = Instant.ofEpochMilli(millis).atZone(z);
        ts.send((double) millis);
        dayOfWeek.send(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
        years.send((double) t.getYear());
        months.send((double) t.getMonthValue());
        days.send((double) t.getDayOfMonth());
        hours.send((double) t.getHour());
        minutes.send((double) t.getMinute());
        seconds.send((double) t.getSecond());
        milliseconds.send((double) (t.getNano() / 1_000_000));
        if (dateText.isConnected()) {
            dateText.send(f.format(t));
        }
    }

    private long toMillis(DateTimeFormatter f, ZoneId z) {
        if (date.isDoubleValue() || date.getValue() instanceof Number) {
            double d = date.getDouble();
            if (!Double.isFinite(d)) {
                throw new ModuleException("date must be a timestamp or a date text, not " + Values.format(d));
            }
            return Math.round(d);
        }
        if (date.getValue() instanceof String s) {
            try {
                return parse(f, s, z);
            } catch (DateTimeParseException e) {
                String plain = s.trim();
                if (plain.matches("-?\\d{1,15}(\\.\\d*)?")) {
                    return Math.round(Double.parseDouble(plain));
                }
                throw new ModuleException("date \"" + s + "\" does not match the format \"" + format.getString()
                    + "\"");
            }
        }
        throw new ModuleException("date must be a timestamp or a date text, not " + Values.describe(date.getValue()));
    }

    private static long parse(DateTimeFormatter f, String s, ZoneId z) {
        TemporalAccessor parsed = f.parse(s.trim());
        LocalDate day = parsed.query(TemporalQueries.localDate());
        if (day == null) {
            throw new DateTimeParseException("no date in the text", s, 0);
        }
        LocalTime time = parsed.query(TemporalQueries.localTime());
        ZoneId parsedZone = parsed.query(TemporalQueries.zone());
        return ZonedDateTime.of(day, time == null ? LocalTime.MIDNIGHT : time, parsedZone == null ? z : parsedZone)
            .toInstant().toEpochMilli();
    }

    private DateTimeFormatter formatter() {
        String pattern = format.getString();
        if (!pattern.equals(formatterKey)) {
            try {
                // no override zone: a zone written in the text must win over the timezone parameter when reading
                formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new ModuleException("bad date format \"" + pattern + "\": " + e.getMessage());
            }
            formatterKey = pattern;
        }
        return formatter;
    }
}
