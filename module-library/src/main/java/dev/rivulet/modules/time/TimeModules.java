package dev.rivulet.modules.time;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Time &amp; Date category. */
public final class TimeModules implements ModuleProvider {
    private static final String TIME = "Time & Date";

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("clock", "Clock", TIME, Clock::new).streamrId(209)
                .help("Ticks at regular times (every second by default, or every N minutes, hours or days) and sends"
                    + " the time as text and as a timestamp. In historical runs it follows the replayed time."),
            ModuleDefinition.of("date-conversion", "DateConversion", TIME, DateConversion::new).streamrId(211)
                .help("Converts a date, given as a timestamp or as text, into text in a chosen format, a timestamp,"
                    + " and its parts: year, month, day, weekday, hour, minute, second, millisecond."),
            ModuleDefinition.of("scheduler", "Scheduler", TIME, Scheduler::new).streamrId(801)
                .help("Sends a value that follows a schedule of hourly, daily, weekly, monthly or yearly rules, e.g."
                    + " 1 during office hours and 0 otherwise. Sends when the active rule changes."),
            ModuleDefinition.of("time-between-events", "TimeBetweenEvents", TIME, TimeBetweenEvents::new)
                .streamrId(210)
                .help("The time in milliseconds between consecutive values arriving at the input."),
            ModuleDefinition.of("time-of-day", "TimeOfDay", TIME, TimeOfDay::new).streamrId(60)
                .help("1 during a daily period (e.g. 09:00:00 to 17:00:00) and 0 outside it; sends when it changes."),
            ModuleDefinition.of("time-of-event", "TimeOfEvent", TIME, TimeOfEvent::new).streamrId(566)
                .help("The time at which a value arrived, as a timestamp in milliseconds since 1970."));
    }
}
