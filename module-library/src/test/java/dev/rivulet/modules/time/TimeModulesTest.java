package dev.rivulet.modules.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleStatus;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeModulesTest {
    private static final long NEW_YEAR = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private ModuleNode clockIntoTable(ModuleNode clock) {
        ModuleNode table = b.add("table");
        b.connect(clock, "date", table, "in1").connect(clock, "timestamp", table, "in2");
        return table;
    }

    @Test
    void catalogueEntryMatchesStreamr() {
        DefinitionChecks.assertCatalogued("clock", 209, "Clock", "Time & Date");
        DefinitionChecks.assertCatalogued("date-conversion", 211, "DateConversion", "Time & Date");
        DefinitionChecks.assertCatalogued("scheduler", 801, "Scheduler", "Time & Date");
        DefinitionChecks.assertCatalogued("time-between-events", 210, "TimeBetweenEvents", "Time & Date");
        DefinitionChecks.assertCatalogued("time-of-day", 60, "TimeOfDay", "Time & Date");
        DefinitionChecks.assertCatalogued("time-of-event", 566, "TimeOfEvent", "Time & Date");
        ModuleNode dc = b.add("date-conversion");
        assertThat(dc.params).extracting(p -> p.name).containsExactly("timezone", "format");
        assertThat(dc.param("format").orElseThrow().value).isEqualTo("yyyy-MM-dd HH:mm:ss z");
        assertThat(dc.outputs).extracting(p -> p.name).containsExactly("date", "ts", "dayOfWeek", "years", "months",
            "days", "hours", "minutes", "seconds", "milliseconds");
        ModuleNode tod = b.add("time-of-day");
        assertThat(tod.params).extracting(p -> p.name, p -> p.value)
            .containsExactly(tuple("timezone", "UTC"), tuple("startTime", "00:00:00"), tuple("endTime", "23:59:59"));
        assertThat(b.add("scheduler").outputs).extracting(p -> p.name).containsExactly("value");
        assertThat(b.add("time-of-event").inputs).extracting(p -> p.name).containsExactly("trigger");
        assertThat(b.add("time-between-events").outputs).extracting(p -> p.name).containsExactly("ms");
    }

    @Test
    void clockTicksEverySecondWithoutAnyStream() {
        ModuleNode clock = b.add("clock");
        ModuleNode table = clockIntoTable(clock);
        CanvasRun run = new CanvasRun(b.build()).run(NEW_YEAR, NEW_YEAR + 2000);
        assertThat(run.rows(table)).containsExactly(
            row("2024-01-01 00:00:00 UTC", (double) NEW_YEAR),
            row("2024-01-01 00:00:01 UTC", (double) NEW_YEAR + 1000),
            row("2024-01-01 00:00:02 UTC", (double) NEW_YEAR + 2000));
        assertThat(run.rowTimes(table)).containsExactly(NEW_YEAR, NEW_YEAR + 1000, NEW_YEAR + 2000);
    }

    @Test
    void clockRateAndUnitTickOnlyAtMultiples() {
        ModuleNode clock = b.add("clock");
        b.param(clock, "unit", "minute").param(clock, "rate", 2).param(clock, "format", "HH:mm");
        ModuleNode table = clockIntoTable(clock);
        // starts 30 s before a whole minute; even minutes only
        CanvasRun run = new CanvasRun(b.build()).run(NEW_YEAR - 30_000, NEW_YEAR + 300_000);
        assertThat(run.rows(table)).extracting(r -> r.get(0)).containsExactly("00:00", "00:02", "00:04");
    }

    @Test
    void clockWritesTheDateInTheChosenZoneAndFormat() {
        ModuleNode clock = b.add("clock");
        b.param(clock, "timezone", "Europe/Helsinki").param(clock, "format", "d.M.yyyy HH:mm:ss XXX");
        ModuleNode table = clockIntoTable(clock);
        CanvasRun run = new CanvasRun(b.build()).run(NEW_YEAR, NEW_YEAR);
        // the timestamp is zone-independent epoch millis
        assertThat(run.rows(table)).containsExactly(row("1.1.2024 02:00:00 +02:00", (double) NEW_YEAR));
    }

    @Test
    void clockTicksInterleaveWithStreamEvents() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode clock = b.add("clock");
        b.param(clock, "format", "ss");
        ModuleNode table = b.add("table");
        b.connect(clock, "date", table, "in1").connect(s, "v", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(NEW_YEAR + 500, 1).add(NEW_YEAR + 2500, 2)).run();
        // table columns are ready before their first value (as in Streamr), so every event and every tick adds a
        // row holding only what fired: 500 event, 1000 tick, 2000 tick, 2500 event
        assertThat(run.rows(table)).containsExactly(row(null, 1.0), row("01", null), row("02", null), row(null, 2.0));
        assertThat(run.rowTimes(table)).containsExactly(NEW_YEAR + 500, NEW_YEAR + 1000, NEW_YEAR + 2000,
            NEW_YEAR + 2500);
    }

    @Test
    void badClockParametersFailTheModuleWithAClearMessage() {
        ModuleNode zeroRate = b.add("clock");
        b.param(zeroRate, "rate", 0);
        ModuleNode badZone = b.add("clock");
        b.param(badZone, "timezone", "Mars/Olympus");
        ModuleNode badUnit = b.add("clock");
        b.param(badUnit, "unit", "fortnight");
        ModuleNode good = b.add("clock");
        ModuleNode t1 = clockIntoTable(zeroRate);
        ModuleNode t2 = clockIntoTable(badZone);
        ModuleNode t3 = clockIntoTable(badUnit);
        ModuleNode t4 = clockIntoTable(good);
        CanvasRun run = new CanvasRun(b.build()).run(NEW_YEAR, NEW_YEAR + 1000);
        assertThat(run.failures()).hasSize(3)
            .anyMatch(f -> f.contains("rate must be a whole number of at least 1, not 0"))
            .anyMatch(f -> f.contains("unknown timezone \"Mars/Olympus\""))
            .anyMatch(f -> f.contains("unit must be second, minute, hour or day, not \"fortnight\""));
        assertThat(run.runtime().module(zeroRate.hash).status()).isEqualTo(ModuleStatus.FAILED);
        assertThat(run.rows(t1)).isEmpty();
        assertThat(run.rows(t2)).isEmpty();
        assertThat(run.rows(t3)).isEmpty();
        assertThat(run.rows(t4)).hasSize(2);
    }

    @Test
    void liveFormatChangeAppliesFromTheNextTick() {
        ModuleNode clock = b.add("clock");
        ModuleNode table = clockIntoTable(clock);
        CanvasRun run = new CanvasRun(b.build());
        run.start().tick(NEW_YEAR);
        run.runtime().setParameter(clock.hash, "format", "HH:mm:ss");
        run.runtime().tick(NEW_YEAR + 1000);
        assertThat(run.rows(table)).extracting(r -> r.get(0))
            .containsExactly("2024-01-01 00:00:00 UTC", "00:00:01");
    }

    // ---- TimeOfEvent, TimeBetweenEvents ---------------------------------------------------------------------

    @Test
    void timeOfEventSendsTheEngineTimeOfEachTrigger() {
        ModuleNode s = b.stream("s", "v:String");
        ModuleNode toe = b.add("time-of-event");
        ModuleNode table = b.add("table");
        b.connect(s, "v", toe, "trigger").connect(toe, "timestamp", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(NEW_YEAR + 500, "a").add(NEW_YEAR + 2500, "b")).run();
        assertThat(run.rows(table)).containsExactly(row((double) NEW_YEAR + 500), row((double) NEW_YEAR + 2500));
    }

    @Test
    void timeBetweenEventsStartsCountingAtTheFirstValue() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode tbe = b.add("time-between-events");
        ModuleNode table = b.add("table");
        b.connect(s, "v", tbe, "in").connect(tbe, "ms", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1).add(1500, 2)
            .add(4000, 3).add(4000, 4)).run();
        assertThat(run.rows(table)).containsExactly(row(500.0), row(2500.0), row(0.0));
        // after "clear" the next value starts a new count
        run.runtime().clearState();
        replayMore(run, new MemoryCursor().add(9000, 5).add(9250, 6));
        assertThat(run.rows(table)).hasSize(4).last().isEqualTo(row(250.0));
    }

    @Test
    void timeBetweenEventsContinuesFromASnapshot() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode tbe = b.add("time-between-events");
        ModuleNode table = b.add("table");
        b.connect(s, "v", tbe, "in").connect(tbe, "ms", table, "in1");
        CanvasRun first = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1).add(2500, 2)).run();
        byte[] snapshot = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(b.build());
        second.start().restore(snapshot);
        replayMore(second, new MemoryCursor().add(4000, 3));
        assertThat(second.rows(table)).containsExactly(row(1500.0));
    }

    private static void replayMore(CanvasRun run, MemoryCursor more) {
        CanvasRuntime rt = run.runtime();
        new ReplayLoop(rt).source(rt.streamSources().get(0), more).run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
    }

    // ---- DateConversion -------------------------------------------------------------------------------------

    private ModuleNode dateTable(ModuleNode dc, ModuleNode stream) {
        ModuleNode table = b.add("table");
        b.connect(stream, "d", dc, "date");
        String[] outs = {"date", "ts", "dayOfWeek", "years", "months", "days", "hours", "minutes", "seconds",
            "milliseconds"};
        for (int i = 0; i < outs.length; i++) {
            b.connect(dc, outs[i], table, "in" + (i + 1));
        }
        return table;
    }

    @Test
    void dateConversionSplitsTimestampsAndDateTextsInTheTimezone() {
        ModuleNode s = b.stream("s", "d:Object");
        ModuleNode dc = b.add("date-conversion");
        b.param(dc, "timezone", "Europe/Helsinki");
        ModuleNode table = dateTable(dc, s);
        long march = Instant.parse("2024-03-05T10:20:30.456Z").toEpochMilli();
        long july = Instant.parse("2024-07-01T08:00:00Z").toEpochMilli();
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, (double) march)
            .add(2000, "2024-07-01 08:00:00 UTC").add(3000, "1700000000000")).run();
        assertThat(run.failures()).isEmpty();
        assertThat(run.rows(table)).containsExactly(
            row("2024-03-05 12:20:30 EET", (double) march, "Tue", 2024.0, 3.0, 5.0, 12.0, 20.0, 30.0, 456.0),
            // a zone written in the text wins over the timezone parameter; the parts are in the parameter's zone
            row("2024-07-01 11:00:00 EEST", (double) july, "Mon", 2024.0, 7.0, 1.0, 11.0, 0.0, 0.0, 0.0),
            // a plain number in text that does not fit the format is a timestamp
            row("2023-11-15 00:13:20 EET", 1.7e12, "Wed", 2023.0, 11.0, 15.0, 0.0, 13.0, 20.0, 0.0));
    }

    @Test
    void dateTextWithoutZoneIsReadInTheTimezoneAndBadTextFailsClearly() {
        ModuleNode s = b.stream("s", "d:String");
        ModuleNode dc = b.add("date-conversion");
        b.param(dc, "timezone", "America/New_York").param(dc, "format", "dd.MM.yyyy HH:mm");
        ModuleNode dayOnly = b.add("date-conversion");
        b.param(dayOnly, "format", "yyyy-MM-dd");
        ModuleNode table = dateTable(dc, s);
        ModuleNode days = b.add("table");
        b.connect(s, "d", dayOnly, "date").connect(dayOnly, "ts", days, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "01.07.2024 08:00")
            .add(2000, "yesterday").add(3000, "2024-02-29")).run();
        assertThat(run.rows(table)).containsExactly(row("01.07.2024 08:00",
            (double) Instant.parse("2024-07-01T12:00:00Z").toEpochMilli(), "Mon", 2024.0, 7.0, 1.0, 8.0, 0.0, 0.0,
            0.0));
        // a date without a time of day is midnight
        assertThat(run.rows(days)).containsExactly(row((double) Instant.parse("2024-02-29T00:00:00Z").toEpochMilli()));
        assertThat(run.failures())
            .anyMatch(f -> f.contains("date \"yesterday\" does not match the format \"dd.MM.yyyy HH:mm\""))
            .anyMatch(f -> f.contains("date \"01.07.2024 08:00\" does not match the format \"yyyy-MM-dd\""));
    }

    @Test
    void dateConversionRejectsValuesThatAreNotDates() {
        ModuleNode s = b.stream("s", "d:Object");
        ModuleNode dc = b.add("date-conversion");
        ModuleNode table = dateTable(dc, s);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, true).add(2000, Double.NaN).add(3000, 0.0)).run();
        assertThat(run.failures()).containsExactly(
            "DateConversion: date must be a timestamp or a date text, not Boolean true",
            "DateConversion: date must be a timestamp or a date text, not NaN");
        assertThat(run.rows(table)).containsExactly(
            row("1970-01-01 00:00:00 UTC", 0.0, "Thu", 1970.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0));
    }

    // ---- TimeOfDay ------------------------------------------------------------------------------------------

    private ModuleNode timeOfDay(String zone, String start, String end) {
        ModuleNode tod = b.add("time-of-day");
        b.param(tod, "timezone", zone).param(tod, "startTime", start).param(tod, "endTime", end);
        ModuleNode table = b.add("table");
        b.connect(tod, "out", table, "in1");
        return table;
    }

    @Test
    void timeOfDaySendsOneInsideThePeriodOnlyWhenItChanges() {
        ModuleNode table = timeOfDay("Europe/Helsinki", "09:00:00", "17:00:00");
        long nine = Instant.parse("2024-01-08T07:00:00Z").toEpochMilli();
        CanvasRun morning = new CanvasRun(b.build()).run(nine - 2000, nine + 2000);
        assertThat(morning.rows(table)).containsExactly(row(0.0), row(1.0));
        assertThat(morning.rowTimes(table)).containsExactly(nine - 2000, nine);
        long five = Instant.parse("2024-01-08T15:00:00Z").toEpochMilli();
        CanvasRun evening = new CanvasRun(b.build()).run(five - 2000, five + 2000);
        // the end time is included, to the second
        assertThat(evening.rows(table)).containsExactly(row(1.0), row(0.0));
        assertThat(evening.rowTimes(table)).containsExactly(five - 2000, five + 1000);
    }

    @Test
    void timeOfDayPeriodMayRunOverMidnight() {
        ModuleNode table = timeOfDay("UTC", "22:00", "06:00");
        long ten = Instant.parse("2024-01-08T22:00:00Z").toEpochMilli();
        CanvasRun evening = new CanvasRun(b.build()).run(ten - 1000, ten);
        assertThat(evening.rows(table)).containsExactly(row(0.0), row(1.0));
        long six = Instant.parse("2024-01-09T06:00:00Z").toEpochMilli();
        CanvasRun morning = new CanvasRun(b.build()).run(six - 1000, six + 1000);
        assertThat(morning.rows(table)).containsExactly(row(1.0), row(0.0));
        assertThat(morning.rowTimes(table)).containsExactly(six - 1000, six + 1000);
    }

    @Test
    void badTimeOfDayFailsWithTheParameterName() {
        ModuleNode table = timeOfDay("UTC", "25:00", "06:00");
        CanvasRun run = new CanvasRun(b.build()).run(NEW_YEAR, NEW_YEAR + 1000);
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.failures()).singleElement().asString()
            .contains("startTime must be a time of day like 09:30:00 (hours 0-23), not \"25:00\"");
    }

    // ---- Scheduler ------------------------------------------------------------------------------------------

    private static Map<String, Object> rule(int type, double value, Map<String, Object> start,
                                            Map<String, Object> end) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("intervalType", type);
        r.put("value", value);
        r.put("startDate", start);
        r.put("endDate", end);
        return r;
    }

    private ModuleNode scheduler(String zone, double defaultValue, Object... rules) {
        ModuleNode sch = b.add("scheduler");
        b.param(sch, "timezone", zone);
        sch.putExtra("schedule", Map.of("defaultValue", defaultValue, "rules", List.of(rules)));
        return sch;
    }

    private ModuleNode into(ModuleNode scheduler) {
        ModuleNode table = b.add("table");
        b.connect(scheduler, "value", table, "in1");
        return table;
    }

    /** Streamr's SchedulerSpec, run through the engine: overlapping daily rules, the first active one wins. */
    @Test
    void schedulerSendsTheFirstActiveRulesValueWhenTheActiveRulesChange() {
        ModuleNode sch = scheduler("UTC", 100,
            rule(1, 10, Map.of("hour", 0, "minute", 30), Map.of("hour", 8, "minute", 30)),
            rule(1, 20, Map.of("hour", 8, "minute", 30), Map.of("hour", 15, "minute", 30)),
            rule(1, 30, Map.of("hour", 15, "minute", 29), Map.of("hour", 0, "minute", 15)));
        ModuleNode table = into(sch);
        long from = Instant.parse("2015-04-05T04:05:00Z").toEpochMilli();
        long to = Instant.parse("2015-04-06T00:15:00Z").toEpochMilli();
        CanvasRun run = new CanvasRun(b.build()).run(from, to);
        assertThat(run.rows(table)).containsExactly(row(10.0), row(20.0), row(20.0), row(30.0), row(100.0));
        assertThat(run.rowTimes(table)).containsExactly(from, Instant.parse("2015-04-05T08:30:00Z").toEpochMilli(),
            Instant.parse("2015-04-05T15:29:00Z").toEpochMilli(), Instant.parse("2015-04-05T15:30:00Z").toEpochMilli(),
            to);
        assertThat(run.messages(sch)).filteredOn(m -> m instanceof UiMessage.Generic)
            .extracting(m -> ((UiMessage.Generic) m).body().get("activeRules"))
            .containsExactly(List.of(0), List.of(1), List.of(1, 2), List.of(2), List.of());
    }

    @Test
    void schedulerUsesStreamrsWeekdayAndMonthNumbersInTheTimezone() {
        // weekday 2 = Monday, 6 = Friday (1 = Sunday); month 11 = December (0 = January)
        ModuleNode week = scheduler("Europe/Helsinki", 0,
            rule(2, 1, Map.of("weekday", 2, "hour", 9, "minute", 0), Map.of("weekday", 6, "hour", 17, "minute", 0)));
        ModuleNode xmas = scheduler("UTC", 0,
            rule(4, 5, Map.of("month", 11, "day", 24, "hour", 0, "minute", 0),
                Map.of("month", 11, "day", 27, "hour", 0, "minute", 0)));
        // day 31 means the last day of a shorter month
        ModuleNode monthEnd = scheduler("UTC", 0,
            rule(3, 7, Map.of("day", 31, "hour", 0, "minute", 0), Map.of("day", 1, "hour", 0, "minute", 0)));
        ModuleNode hourly = scheduler("UTC", -1,
            rule(0, 3, Map.of("minute", 5), Map.of("minute", 15)));
        ModuleNode weekTable = into(week);
        ModuleNode xmasTable = into(xmas);
        ModuleNode monthTable = into(monthEnd);
        ModuleNode hourTable = into(hourly);
        long mondayNine = Instant.parse("2024-01-08T07:00:00Z").toEpochMilli();
        CanvasRun monday = new CanvasRun(b.build()).run(mondayNine - 1000, mondayNine);
        assertThat(monday.rows(weekTable)).containsExactly(row(0.0), row(1.0));
        long fridayFive = Instant.parse("2024-01-12T15:00:00Z").toEpochMilli();
        CanvasRun friday = new CanvasRun(b.build()).run(fridayFive - 1000, fridayFive);
        assertThat(friday.rows(weekTable)).containsExactly(row(1.0), row(0.0));
        long christmas = Instant.parse("2024-12-25T12:00:00Z").toEpochMilli();
        assertThat(new CanvasRun(b.build()).run(christmas, christmas).rows(xmasTable)).containsExactly(row(5.0));
        long november = Instant.parse("2024-11-25T12:00:00Z").toEpochMilli();
        assertThat(new CanvasRun(b.build()).run(november, november).rows(xmasTable)).containsExactly(row(0.0));
        long april30 = Instant.parse("2024-04-30T00:00:00Z").toEpochMilli();
        CanvasRun april = new CanvasRun(b.build()).run(april30 - 1000, april30);
        assertThat(april.rows(monthTable)).containsExactly(row(0.0), row(7.0));
        long five = Instant.parse("2017-01-31T18:05:00Z").toEpochMilli();
        long fifteen = Instant.parse("2017-01-31T18:15:00Z").toEpochMilli();
        CanvasRun hour = new CanvasRun(b.build()).run(five - 1000, fifteen);
        assertThat(hour.rows(hourTable)).containsExactly(row(-1.0), row(3.0), row(-1.0));
        assertThat(hour.rowTimes(hourTable)).containsExactly(five - 1000, five, fifteen);
    }

    @Test
    void schedulerWithoutAScheduleSendsZero() {
        ModuleNode table = into(b.add("scheduler"));
        CanvasRun run = new CanvasRun(b.build()).run(NEW_YEAR, NEW_YEAR + 5000);
        assertThat(run.rows(table)).containsExactly(row(0.0));
    }

    @Test
    void invalidScheduleRulesFailTheModuleNamingRuleAndField() {
        ModuleNode badType = scheduler("UTC", 0, rule(7, 1, Map.of("minute", 0), Map.of("minute", 1)));
        ModuleNode badWeekday = scheduler("UTC", 0,
            rule(1, 1, Map.of("hour", 1, "minute", 0), Map.of("hour", 2, "minute", 0)),
            rule(2, 1, Map.of("weekday", 0, "hour", 1, "minute", 0), Map.of("weekday", 3, "hour", 2, "minute", 0)));
        Map<String, Object> noEnd = rule(1, 1, Map.of("hour", 1, "minute", 0), null);
        noEnd.remove("endDate");
        ModuleNode missingEnd = scheduler("UTC", 0, noEnd);
        ModuleNode good = scheduler("UTC", 4);
        ModuleNode t1 = into(badType);
        ModuleNode t2 = into(badWeekday);
        ModuleNode t3 = into(missingEnd);
        ModuleNode t4 = into(good);
        CanvasRun run = new CanvasRun(b.build()).run(NEW_YEAR, NEW_YEAR + 1000);
        assertThat(run.failures()).hasSize(3)
            .anyMatch(f -> f.contains("the schedule cannot be read: rule 1: intervalType must be 0 (hourly),"
                + " 1 (daily), 2 (weekly), 3 (monthly) or 4 (yearly), not 7"))
            .anyMatch(f -> f.contains("rule 2: startDate.weekday must be a whole number from 1 to 7"
                + " (1 = Sunday ... 7 = Saturday), not 0"))
            .anyMatch(f -> f.contains("rule 1: endDate is missing; a daily rule needs hour, minute"));
        assertThat(run.rows(t1)).isEmpty();
        assertThat(run.rows(t2)).isEmpty();
        assertThat(run.rows(t3)).isEmpty();
        assertThat(run.rows(t4)).containsExactly(row(4.0));
    }
}
