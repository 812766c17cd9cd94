package dev.rivulet.modules.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleStatus;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
}
