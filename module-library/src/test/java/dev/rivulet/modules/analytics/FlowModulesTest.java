package dev.rivulet.modules.analytics;

import static dev.rivulet.modules.analytics.Fixtures.map;
import static dev.rivulet.modules.analytics.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import org.junit.jupiter.api.Test;

/** Dedupe, Debounce, Throttle and ChangeDetection through the engine. */
class FlowModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);
    private ModuleNode module;
    private ModuleNode table;

    /** Stream field x of the given type → module "in" → outputs as table columns. */
    private void pipeline(String type, String fieldType, String[] outputs, Object... params) {
        ModuleNode s = b.stream("s", "x:" + fieldType);
        module = b.add(type);
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(module, (String) params[i], params[i + 1]);
        }
        table = b.add("table");
        b.connect(s, "x", module, "in");
        for (int i = 0; i < outputs.length; i++) {
            b.connect(module, outputs[i], table, "in" + (i + 1));
        }
    }

    private static String[] outs(String... names) {
        return names;
    }

    // ---- Dedupe ---------------------------------------------------------------------------------------------

    @Test
    void dedupeDropsRepeatsSeenWithinTheSpanCountedFromWhenTheFirstPassed() {
        pipeline("dedupe", "Object", outs("out", "duplicate"), "withinSeconds", 10);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, "a").add(2000, "b").add(3000, "a")     // repeat of a: dropped
            .add(9000, "a")                                    // still within 10 s of the a that passed at 1 s
            .add(11000, "a")                                   // 10 s after it passed: passes again
            .add(12000, 1).add(13000, 1.0)).run();             // 1 and 1.0 are the same value
        assertThat(run.rows(table)).containsExactly(row("a", false), row("b", false), row(null, true),
            row(null, true), row("a", false), row(1.0, false), row(null, true));
    }

    @Test
    void dedupeByKeyFieldComparesKeysAsTextAndLetsRecordsWithoutTheKeyPass() {
        pipeline("dedupe", "Map", outs("out"), "keyField", "id", "withinSeconds", 0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, map("id", 7.0, "v", "x"))
            .add(2000, map("id", "7", "v", "y"))    // same key as 7
            .add(3000, map("v", "no id"))
            .add(4000, map("v", "no id"))           // cannot be told apart: passes again
            .add(500_000, map("id", 7.0, "v", "z"))).run();   // withinSeconds 0: remembered for the whole run
        assertThat(run.rows(table)).containsExactly(row(map("id", 7.0, "v", "x")), row(map("v", "no id")),
            row(map("v", "no id")));
    }

    @Test
    void dedupeForgetsTheOldestBeyondMaxKeysAndKeepsItsMemoryInASnapshot() {
        pipeline("dedupe", "String", outs("out"), "withinSeconds", 0, "maxKeys", 2);
        CanvasRun first = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, "a").add(2000, "b").add(3000, "c")    // a forgotten
            .add(4000, "a")).run();                          // so a passes; b forgotten
        assertThat(first.rows(table)).containsExactly(row("a"), row("b"), row("c"), row("a"));
        assertThat(first.notices()).singleElement().asString().contains("more than maxKeys = 2");
        byte[] snapshot = first.runtime().snapshot();
        CanvasRun resumed = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(5000, "c").add(6000, "a").add(7000, "b"));
        resumed.start().restore(snapshot);
        resumed.run();
        assertThat(resumed.rows(table)).containsExactly(row("b"));
    }

    // ---- Debounce -------------------------------------------------------------------------------------------

    @Test
    void debounceSendsTheLastValueOfABurstAtTheFirstTickAfterTheQuietPeriod() {
        pipeline("debounce", "String", outs("out"), "quietSeconds", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, "a").add(1500, "b").add(2500, "c")
            .add(10000, "d")).run(Long.MIN_VALUE, 13_000);
        // c arrived at 2.5 s: quiet until 4.5 s, sent at the 5 s tick; d at 10 s is sent at the 12 s tick
        assertThat(run.rows(table)).containsExactly(row("c"), row("d"));
        assertThat(run.rowTimes(table)).containsExactly(5000L, 12000L);
    }

    @Test
    void debounceShorterThanATickSendsTheHeldValueWhenTheNextArrives() {
        pipeline("debounce", "Double", outs("out"), "quietSeconds", 0.2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, 1).add(1100, 2).add(1500, 3)).run(Long.MIN_VALUE, 3000);
        // 2 came 0.1 s after 1 (within the quiet period), 3 came 0.4 s after 2: 2 goes at 1.5 s, 3 at the 2 s tick
        assertThat(run.rows(table)).containsExactly(row(2.0), row(3.0));
        assertThat(run.rowTimes(table)).containsExactly(1500L, 2000L);
    }

    @Test
    void debounceRefusesAQuietPeriodOfZero() {
        pipeline("debounce", "Double", outs("out"), "quietSeconds", 0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1)).run(0, 5000);
        assertThat(run.failures()).singleElement().asString()
            .contains("quietSeconds must be a number of seconds above 0, got 0");
        assertThat(run.rows(table)).isEmpty();
    }

    // ---- Throttle -------------------------------------------------------------------------------------------

    @Test
    void throttleLetsTheFirstValueOfEachIntervalThrough() {
        pipeline("throttle", "String", outs("out", "dropped"));
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, "a").add(1500, "b").add(2000, "c").add(2999, "d").add(3000, "e")).run();
        assertThat(run.rows(table)).containsExactly(row("a", false), row(null, true), row("c", false),
            row(null, true), row("e", false));
    }

    @Test
    void throttleStateSurvivesASnapshotAndANegativeIntervalIsRefused() {
        pipeline("throttle", "Double", outs("out"), "intervalSeconds", 5);
        ModuleNode bad = b.add("throttle");
        b.param(bad, "intervalSeconds", -2);
        CanvasRun first = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1)).run();
        assertThat(Fixtures.startFailures(first, bad.hash)).singleElement().asString()
            .contains("intervalSeconds must be a number of seconds above 0, got -2");
        byte[] snapshot = first.runtime().snapshot();
        CanvasRun resumed = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(4000, 2).add(6000, 3));
        resumed.start().restore(snapshot);
        resumed.run();
        assertThat(resumed.rows(table)).containsExactly(row(3.0));
    }

    // ---- ChangeDetection ------------------------------------------------------------------------------------

    @Test
    void changeDetectionSendsNewAndPreviousValueOnlyOnChange() {
        pipeline("change-detection", "Double", outs("current", "previous"));
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, 1).add(2000, 1).add(3000, 2).add(4000, 2).add(5000, 2.5).add(6000, -0.0).add(7000, 0))
            .run();
        // the first value is only remembered; -0 and 0 are the same number
        assertThat(run.rows(table)).containsExactly(row(2.0, 1.0), row(2.5, 2.0), row(-0.0, 2.5));
    }

    @Test
    void changeDetectionWatchesAFieldAndCanReportTheFirstValue() {
        pipeline("change-detection", "Map", outs("current", "previous", "record"), "field", "status",
            "emitFirst", true);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, map("status", "ok", "n", 1.0))
            .add(2000, map("status", "ok", "n", 2.0))
            .add(3000, map("n", 3.0))                          // no status: ignored
            .add(4000, map("status", "down", "n", 4.0))).run();
        assertThat(run.rows(table)).containsExactly(row("ok", null, map("status", "ok", "n", 1.0)),
            row("down", "ok", map("status", "down", "n", 4.0)));
        assertThat(run.notices()).singleElement().asString().contains("without the field \"status\"");
    }

    @Test
    void changeDetectionWithToleranceCatchesSlowDriftsFromTheLastReportedValue() {
        pipeline("change-detection", "Double", outs("current", "previous"), "tolerance", 0.5);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, 10).add(2000, 10.4).add(3000, 10.8).add(4000, 11).add(5000, 10.2)).run();
        // 10.4 is within 0.5 of 10; 10.8 is not; 11 is within 0.5 of 10.8; 10.2 is 0.6 below 10.8
        assertThat(run.rows(table)).containsExactly(row(10.8, 10.0), row(10.2, 10.8));
    }

    @Test
    void changeDetectionWithAFieldRefusesValuesThatAreNotRecords() {
        pipeline("change-detection", "Object", outs("current"), "field", "status");
        ModuleNode neg = b.add("change-detection");
        b.param(neg, "tolerance", -1);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "up")).run();
        assertThat(run.failures()).anySatisfy(f -> assertThat(f).contains(
            "field is set to \"status\", so in must receive records (maps), but got String up"))
            .anySatisfy(f -> assertThat(f).contains("tolerance must be a number of at least 0, got -1"));
    }
}
