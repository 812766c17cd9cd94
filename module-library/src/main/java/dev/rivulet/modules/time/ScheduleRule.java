package dev.rivulet.modules.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * One rule of a {@link Scheduler}: a value that applies from a start to an end point that repeat every hour, day,
 * week, month or year. Read from Streamr's JSON, {@code {intervalType, value, startDate, endDate}}, with Streamr's
 * field conventions (which the saved canvases carry): weekday 1 = Sunday ... 7 = Saturday and month 0 = January
 * ... 11 = December (java.util.Calendar's numbering), day of month from 1.
 *
 * <p>A rule is active from its start (included) to its end (excluded), to the minute: exactly when the latest
 * start is more recent than the latest end. That is Streamr's rule ("the next end comes before the next start"),
 * and it makes a range whose end is before its start run over the period boundary (daily 22:00 to 06:00 is the
 * night). A rule whose start equals its end is never active. A day of month beyond the month's length means the
 * month's last day (day 31 in April is April 30; Streamr rolled it into the next month).
 *
 * @param type  the period
 * @param value the value while active
 * @param start where in the period the rule starts
 * @param end   where in the period it ends
 */
record ScheduleRule(Period type, double value, Point start, Point end) {

    /** Streamr's intervalType numbers, with the fields each needs in startDate and endDate. */
    enum Period {
        HOURLY("minute"),
        DAILY("hour", "minute"),
        WEEKLY("weekday", "hour", "minute"),
        MONTHLY("day", "hour", "minute"),
        YEARLY("month", "day", "hour", "minute");

        final String[] fields;

        Period(String... fields) {
            this.fields = fields;
        }
    }

    /** A point in the period; fields the period does not use are 0. */
    record Point(int month, int day, int weekday, int hour, int minute) {
    }

    /** True while the rule applies at {@code t} (epoch millis). */
    boolean isActive(long t, ZoneId zone) {
        ZonedDateTime now = Instant.ofEpochMilli(t).atZone(zone);
        return latest(start, now, t) > latest(end, now, t);
    }

    /** The first time after {@code t} at which the rule starts or ends. */
    long nextChange(long t, ZoneId zone) {
        ZonedDateTime now = Instant.ofEpochMilli(t).atZone(zone);
        return Math.min(next(start, now, t), next(end, now, t));
    }

    private long latest(Point p, ZonedDateTime now, long t) {
        long here = at(p, now, 0);
        return here <= t ? here : at(p, now, -1);
    }

    private long next(Point p, ZonedDateTime now, long t) {
        long here = at(p, now, 0);
        return here > t ? here : at(p, now, 1);
    }

    /** The point in the period containing {@code now}, moved by {@code periods} periods, in epoch millis. */
    private long at(Point p, ZonedDateTime now, int periods) {
        ZoneId zone = now.getZone();
        LocalTime time = LocalTime.of(p.hour(), p.minute());
        ZonedDateTime z;
        switch (type) {
            case HOURLY:
                z = now.truncatedTo(ChronoUnit.HOURS).plusHours(periods).withMinute(p.minute());
                break;
            case DAILY:
                z = ZonedDateTime.of(now.toLocalDate().plusDays(periods), time, zone);
                break;
            case WEEKLY: {
                LocalDate d = now.toLocalDate().with(TemporalAdjusters.previousOrSame(dayOfWeek(p.weekday())))
                    .plusWeeks(periods);
                z = ZonedDateTime.of(d, time, zone);
                break;
            }
            case MONTHLY: {
                YearMonth ym = YearMonth.from(now).plusMonths(periods);
                z = ZonedDateTime.of(ym.atDay(Math.min(p.day(), ym.lengthOfMonth())), time, zone);
                break;
            }
            default: {
                YearMonth ym = YearMonth.of(now.getYear() + periods, p.month() + 1);
                z = ZonedDateTime.of(ym.atDay(Math.min(p.day(), ym.lengthOfMonth())), time, zone);
                break;
            }
        }
        return z.toInstant().toEpochMilli();
    }

    /** Calendar numbering: 1 = Sunday, 2 = Monday ... 7 = Saturday. */
    static DayOfWeek dayOfWeek(int calendarWeekday) {
        return calendarWeekday == 1 ? DayOfWeek.SUNDAY : DayOfWeek.of(calendarWeekday - 1);
    }

    /**
     * Reads rule number {@code n} (from 1, for messages) of a saved schedule.
     *
     * @throws IllegalArgumentException saying which rule and field is wrong and what is allowed
     */
    static ScheduleRule parse(Object json, int n) {
        if (!(json instanceof Map<?, ?> rule)) {
            throw new IllegalArgumentException("rule " + n + " is not an object with intervalType, value, startDate"
                + " and endDate");
        }
        Object it = rule.get("intervalType");
        int type = it instanceof Number num && num.doubleValue() == Math.rint(num.doubleValue()) ? num.intValue() : -1;
        if (type < 0 || type > 4) {
            throw new IllegalArgumentException("rule " + n + ": intervalType must be 0 (hourly), 1 (daily),"
                + " 2 (weekly), 3 (monthly) or 4 (yearly), not " + it);
        }
        Period period = Period.values()[type];
        if (!(rule.get("value") instanceof Number v) || !Double.isFinite(v.doubleValue())) {
            throw new IllegalArgumentException("rule " + n + ": value must be a number, not " + rule.get("value"));
        }
        return new ScheduleRule(period, v.doubleValue(), point(rule, "startDate", period, n),
            point(rule, "endDate", period, n));
    }

    private static Point point(Map<?, ?> rule, String key, Period period, int n) {
        if (!(rule.get(key) instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("rule " + n + ": " + key + " is missing; a "
                + period.name().toLowerCase(Locale.ROOT) + " rule needs " + String.join(", ", period.fields));
        }
        int[] v = new int[5];
        String[] names = {"month", "day", "weekday", "hour", "minute"};
        int[] lo = {0, 1, 1, 0, 0};
        int[] hi = {11, 31, 7, 23, 59};
        String[] hint = {" (0 = January)", "", " (1 = Sunday ... 7 = Saturday)", "", ""};
        for (String f : period.fields) {
            int i = Arrays.asList(names).indexOf(f);
            Object raw = m.get(f);
            boolean whole = raw instanceof Number num && num.doubleValue() == Math.rint(num.doubleValue());
            int x = whole ? ((Number) raw).intValue() : Integer.MIN_VALUE;
            if (x < lo[i] || x > hi[i]) {
                throw new IllegalArgumentException("rule " + n + ": " + key + "." + f + " must be a whole number from "
                    + lo[i] + " to " + hi[i] + hint[i] + ", not " + raw);
            }
            v[i] = x;
        }
        return new Point(v[0], v[1], v[2], v[3], v[4]);
    }
}
