package dev.rivulet.modules.time;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TimeListener;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Streamr's ClockModule: on every tick of the engine clock whose second is a multiple of rate × unit, sends the tick
 * time as text and as epoch milliseconds. In historical runs the clock follows the replayed time.
 *
 * <p>The format is a {@link DateTimeFormatter} pattern (Streamr used SimpleDateFormat; the common letters y M d H m
 * s z mean the same). Parameters are read at each tick, so live changes take effect at the next one. A bad timezone,
 * format, unit or rate fails the module with a message saying which parameter is wrong.
 */
public final class Clock extends ModuleInstance implements TimeListener {
    private static final String[] UNITS = {"second", "minute", "hour", "day"};
    private static final long[] UNIT_SECONDS = {1, 60, 3600, 86400};

    private final Parameter timezone = stringParam("timezone", "UTC")
        .help("Time zone of the date text, e.g. UTC, Europe/Helsinki or +02:00.");
    private final Parameter format = stringParam("format", "yyyy-MM-dd HH:mm:ss z")
        .help("Layout of the date text: yyyy year, MM month, dd day, HH hour, mm minute, ss second, z zone.");
    private final Parameter unit = stringParam("unit", "second")
        .choices("second", "second", "minute", "minute", "hour", "hour", "day", "day")
        .help("The unit of the tick interval.");
    private final Parameter rate = doubleParam("rate", 1)
        .help("How many units between ticks, a whole number of at least 1: unit minute with rate 5 ticks at"
            + " every fifth whole minute.");
    private final Output date = stringOutput("date").help("The tick time as text, in the chosen zone and format.");
    private final Output timestamp = doubleOutput("timestamp").help("The tick time in milliseconds since 1970 (UTC).");

    {
        // Streamr: a clock is driven by time only, so its parameters can never be made driving
        timezone.lockDriving();
        format.lockDriving();
        unit.lockDriving();
        rate.lockDriving();
    }

    private String formatterKey;
    private DateTimeFormatter formatter;
    private long tickSeconds = 1;

    @Override
    public void initialize() {
        tickSeconds = validTickSeconds();
        formatter();
    }

    @Override
    public void onTime(long epochMillis) {
        tickSeconds = validTickSeconds();
        date.send(formatter().format(Instant.ofEpochMilli(epochMillis)));
        timestamp.send((double) epochMillis);
    }

    /** Never throws: the engine asks between ticks; a bad rate is reported from {@link #onTime} instead. */
    @Override
    public long tickRateSeconds() {
        return tickSeconds;
    }

    @Override
    public void sendOutput() {
        // the clock has no inputs; it sends from onTime
    }

    private long validTickSeconds() {
        double r = rate.getDouble();
        if (!(r >= 1) || r != Math.rint(r) || r > Integer.MAX_VALUE) {
            throw new ModuleException("rate must be a whole number of at least 1, not "
                + rate.getString());
        }
        String u = unit.getString().trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < UNITS.length; i++) {
            if (UNITS[i].equals(u)) {
                return (long) r * UNIT_SECONDS[i];
            }
        }
        throw new ModuleException("unit must be second, minute, hour or day, not \"" + unit.getString()
            + "\"");
    }

    private DateTimeFormatter formatter() {
        String tz = timezone.getString().trim();
        String pattern = format.getString();
        String key = tz + '\u0000' + pattern;
        if (!key.equals(formatterKey)) {
            ZoneId zone;
            try {
                zone = ZoneId.of(tz.isEmpty() ? "UTC" : tz);
            } catch (DateTimeException e) {
                throw new ModuleException("unknown timezone \"" + tz + "\"");
            }
            try {
                formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(zone);
            } catch (IllegalArgumentException e) {
                throw new ModuleException("bad date format \"" + pattern + "\": " + e.getMessage());
            }
            formatterKey = key;
        }
        return formatter;
    }
}
