package dev.rivulet.modules.time;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TimeListener;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streamr's TimeOfDay: 1 while the clock is between startTime and endTime (both included, to the second), 0
 * otherwise. As in Streamr it is driven by the clock and sends only when the state changes, plus once at the first
 * tick: a constant 1 every second would flood downstream modules.
 *
 * <p>A range whose start is after its end runs over midnight: 22:00:00 to 06:00:00 is the night. (Streamr anchored
 * such a range at the previous day and so missed its evening part.) Times are read in the chosen timezone, so
 * "09:00:00" in Europe/Helsinki follows daylight saving. Times may omit seconds ("09:30"). Bad times or zones fail
 * the module with a message saying which parameter is wrong.
 */
public final class TimeOfDay extends ModuleInstance implements TimeListener {
    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*");
    private static final double NONE = -1;

    private final Parameter timezone = stringParam("timezone", "UTC")
        .help("Time zone of the start and end times, e.g. UTC, Europe/Helsinki or +02:00.");
    private final Parameter startTime = stringParam("startTime", "00:00:00")
        .help("Start of the daily period, HH:mm:ss (24-hour clock), included.");
    private final Parameter endTime = stringParam("endTime", "23:59:59")
        .help("End of the daily period, HH:mm:ss, included. Earlier than startTime means the period runs over"
            + " midnight.");
    private final Output out = doubleOutput("out").help("1 inside the daily period, 0 outside; sent when it changes.");
    private final ZoneParam zone = new ZoneParam(timezone);
    private double current = NONE;

    {
        timezone.lockDriving();
        startTime.lockDriving();
        endTime.lockDriving();
    }

    @Override
    public void initialize() {
        zone.get();
        secondOfDay(startTime);
        secondOfDay(endTime);
    }

    @Override
    public void onTime(long epochMillis) {
        ZoneId z = zone.get();
        int start = secondOfDay(startTime);
        int end = secondOfDay(endTime);
        long local = Math.floorDiv(epochMillis, 1000) + z.getRules().getOffset(Instant.ofEpochMilli(epochMillis))
            .getTotalSeconds();
        int sod = (int) Math.floorMod(local, 86_400L);
        boolean inside = start <= end ? sod >= start && sod <= end : sod >= start || sod <= end;
        double v = inside ? 1 : 0;
        if (v != current) {
            current = v;
            out.send(v);
        }
    }

    @Override
    public void sendOutput() {
        // driven by the clock only
    }

    private static int secondOfDay(Parameter p) {
        Matcher m = TIME.matcher(p.getString());
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            int s = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (h < 24 && min < 60 && s < 60) {
                return h * 3600 + min * 60 + s;
            }
        }
        throw new ModuleException(p.name() + " must be a time of day like 09:30:00 (hours 0-23), not \""
            + p.getString() + "\"");
    }

    @Override
    public void clearState() {
        current = NONE;
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeDouble(current);
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        current = in.readDouble();
    }
}
