package dev.rivulet.modules.time;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TimeListener;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.ModuleNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Streamr's Scheduler: sends the value of the first active rule of its schedule, or the default value when no rule
 * is active. The schedule is module data, as in Streamr's canvas JSON:
 * {@code "schedule": {"defaultValue": 0, "rules": [{"intervalType": 1, "value": 10, "startDate": {"hour": 9,
 * "minute": 0}, "endDate": {"hour": 17, "minute": 0}}]}} (see {@link ScheduleRule} for the fields and numbering).
 *
 * <p>Driven by the clock. As in Streamr it sends at the first tick and then whenever the set of active rules changes
 * (a rule starts or ends), not every second, and it publishes the active rules' positions (from 0) as a widget
 * message {@code activeRules}, which Streamr's editor used to highlight them. A schedule that cannot be read fails
 * the module with a message naming the rule and field; a missing schedule means no rules and default value 0.
 */
public final class Scheduler extends ModuleInstance implements TimeListener {
    private final Parameter timezone = stringParam("timezone", "UTC")
        .help("Time zone in which the rules' times are read, e.g. UTC, Europe/Helsinki or +02:00.");
    private final Output value = doubleOutput("value")
        .help("The value of the first active rule, or the default value when none is active.");
    private final ZoneParam zone = new ZoneParam(timezone);
    private final List<ScheduleRule> rules = new ArrayList<>();
    private double defaultValue;
    private String scheduleError;

    private boolean sent;
    private long nextChange = Long.MIN_VALUE;
    private ZoneId lastZone;
    private List<Integer> active = List.of();

    {
        timezone.lockDriving();
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        Object schedule = node.extra("schedule");
        try {
            if (schedule == null) {
                return;
            }
            if (!(schedule instanceof Map<?, ?> s)) {
                throw new IllegalArgumentException("it is not an object with rules and defaultValue");
            }
            Object dv = s.get("defaultValue");
            if (dv != null && !(dv instanceof Number n && Double.isFinite(n.doubleValue()))) {
                throw new IllegalArgumentException("defaultValue must be a number, not " + dv);
            }
            defaultValue = dv == null ? 0 : ((Number) dv).doubleValue();
            Object list = s.get("rules");
            if (list != null && !(list instanceof List<?>)) {
                throw new IllegalArgumentException("rules must be a list, not " + list);
            }
            int n = 1;
            for (Object r : list == null ? List.of() : (List<?>) list) {
                rules.add(ScheduleRule.parse(r, n++));
            }
        } catch (IllegalArgumentException e) {
            rules.clear();
            scheduleError = "the schedule cannot be read: " + e.getMessage();
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        checkSchedule();
        zone.get();
    }

    @Override
    public void onTime(long epochMillis) {
        checkSchedule();
        ZoneId z = zone.get();
        if (sent && epochMillis < nextChange && z.equals(lastZone)) {
            return;
        }
        lastZone = z;
        List<Integer> now = new ArrayList<>();
        long next = Long.MAX_VALUE;
        for (int i = 0; i < rules.size(); i++) {
            ScheduleRule r = rules.get(i);
            if (r.isActive(epochMillis, z)) {
                now.add(i);
            }
            next = Math.min(next, r.nextChange(epochMillis, z));
        }
        nextChange = next;
        if (sent && now.equals(active)) {
            return;
        }
        sent = true;
        active = Collections.unmodifiableList(now);
        value.send(active.isEmpty() ? defaultValue : rules.get(active.get(0)).value());
        if (context() != null) {
            context().publish(this, new UiMessage.Generic(epochMillis, "activeRules", Map.of("activeRules", active)));
        }
    }

    private void checkSchedule() {
        if (scheduleError != null) {
            throw new ModuleException(scheduleError);
        }
    }

    @Override
    public void sendOutput() {
        // driven by the clock only
    }

    @Override
    public void clearState() {
        sent = false;
        nextChange = Long.MIN_VALUE;
        active = List.of();
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeBoolean(sent);
        out.writeInt(active.size());
        for (int i : active) {
            out.writeInt(i);
        }
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        sent = in.readBoolean();
        int n = in.readInt();
        List<Integer> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readInt());
        }
        active = Collections.unmodifiableList(list);
        // recompute at the next tick; only a change of the active rules is sent
        nextChange = Long.MIN_VALUE;
    }
}
