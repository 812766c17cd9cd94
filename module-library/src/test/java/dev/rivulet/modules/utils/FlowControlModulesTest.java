package dev.rivulet.modules.utils;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleStatus;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comment, MovingWindow, RateLimit and RequireAll. */
class FlowControlModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        assertThat(DefinitionChecks.assertCatalogued("comment", 119, "Comment", "Utils").widget()).isEqualTo("comment");
        DefinitionChecks.assertCatalogued("moving-window", 570, "MovingWindow", "Utils");
        DefinitionChecks.assertCatalogued("rate-limit", 217, "RateLimit", "Utils");
        DefinitionChecks.assertCatalogued("require-all", 572, "RequireAll", "Utils");
    }

    // ---- Comment --------------------------------------------------------------------------------------------

    @Test
    void commentKeepsItsTextAndNeverRuns() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode note = b.add("comment");
        note.putExtra("text", "prices arrive here");
        assertThat(note.inputs).isEmpty();
        assertThat(note.outputs).isEmpty();
        assertThat(note.params).isEmpty();
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1)).run();
        Comment m = (Comment) run.runtime().module(note.hash);
        assertThat(m.text()).isEqualTo("prices arrive here");
        assertThat(m.status()).isEqualTo(ModuleStatus.IDLE);
        assertThat(run.runtime().problems()).isEmpty();
    }

    // ---- MovingWindow ---------------------------------------------------------------------------------------

    @Test
    void movingWindowSendsTheLastValuesOfAnyTypeOldestFirst() {
        ModuleNode s = b.stream("s", "x:Object");
        ModuleNode w = b.add("moving-window");
        b.param(w, "windowLength", 3).param(w, "minSamples", 2);
        ModuleNode table = b.add("table");
        b.connect(s, "x", w, "in").connect(w, "list", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1).add(2000, "b").add(3000, true).add(4000, 4)).run();
        // one value is fewer than minSamples: nothing at 1000
        assertThat(run.rows(table)).containsExactly(row(List.of(1.0, "b")), row(List.of(1.0, "b", true)),
            row(List.of("b", true, 4.0)));
    }

    @Test
    void movingWindowOverTimeShrinksOnClockTicksDownToAnEmptyList() {
        ModuleNode s = b.stream("s", "x:String");
        ModuleNode w = b.add("moving-window");
        b.param(w, "windowLength", 2).param(w, "windowType", "seconds");
        ModuleNode table = b.add("table");
        b.connect(s, "x", w, "in").connect(w, "list", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "x").add(1500, "y").add(4500, "z")).run();
        // tick 3000 drops x (2 s old), tick 4000 drops y; minSamples defaults to 0, so the empty window is sent
        assertThat(run.rows(table)).containsExactly(row(List.of("x")), row(List.of("x", "y")), row(List.of("y")),
            row(List.of()), row(List.of("z")));
        assertThat(run.rowTimes(table)).containsExactly(1000L, 1500L, 3000L, 4000L, 4500L);
    }

    @Test
    void movingWindowKeepsEverythingByDefaultAndThroughASnapshot() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode w = b.add("moving-window");
        ModuleNode table = b.add("table");
        b.connect(s, "x", w, "in").connect(w, "list", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1).add(2000, 2)).run();
        byte[] snapshot = run.runtime().snapshot();

        CanvasRun resumed = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(3000, 3));
        resumed.start().restore(snapshot);
        resumed.run();
        assertThat(resumed.rows(table)).containsExactly(row(List.of(1.0, 2.0, 3.0)));
    }

    // ---- RateLimit ------------------------------------------------------------------------------------------

    @Test
    void rateLimitPassesOneValuePerSecondByDefault() {
        ModuleNode s = b.stream("s", "x:String");
        ModuleNode limit = b.add("rate-limit");
        ModuleNode table = b.add("table");
        b.connect(s, "x", limit, "in").connect(limit, "out", table, "in1").connect(limit, "limitExceeded?", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "a").add(1500, "b")
            .add(2000, "c").add(2500, "d").add(3100, "e")).run();
        // c comes exactly 1000 ms after a, when a no longer counts
        assertThat(run.rows(table)).containsExactly(row("a", 0.0), row(null, 1.0), row("c", 0.0), row(null, 1.0),
            row("e", 0.0));
    }

    @Test
    void rateLimitCountsOnlyPassedValuesInASlidingSpan() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode limit = b.add("rate-limit");
        b.param(limit, "rate", 2);
        ModuleNode table = b.add("table");
        b.connect(s, "x", limit, "in").connect(limit, "limitExceeded?", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1).add(1100, 2)
            .add(1200, 3).add(2100, 4).add(2150, 5).add(2160, 6)).run();
        // 2100: the passes at 1000 and 1100 have both left the span (the dropped 1200 never counted)
        assertThat(run.rows(table)).containsExactly(row(0.0), row(0.0), row(1.0), row(0.0), row(0.0), row(1.0));

        // a bad live change is reported at the next value, and nothing passes
        run.runtime().setParameter(limit.hash, "rate", 0.5);
        CanvasRuntime rt = run.runtime();
        new dev.rivulet.core.ReplayLoop(rt).source(rt.streamSources().get(0), new MemoryCursor().add(9000, 7))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        assertThat(run.failures()).singleElement().asString().contains("rate must be a whole number", "0.5");
        assertThat(run.rows(table)).hasSize(6);
    }

    @Test
    void rateLimitWithZeroTimeLetsEverythingThroughAndRejectsANegativeRate() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode free = b.add("rate-limit");
        b.param(free, "timeInMillis", 0);
        ModuleNode bad = b.add("rate-limit");
        b.param(bad, "rate", -1);
        ModuleNode table = b.add("table");
        b.connect(s, "x", free, "in").connect(s, "x", bad, "in").connect(free, "out", table, "in1")
            .connect(bad, "out", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1).add(1000, 2)).run();
        assertThat(run.rows(table)).containsExactly(row(1.0, null), row(2.0, null));
        assertThat(run.failures()).singleElement().asString().contains("rate must be a whole number, at least 0");
    }

    // ---- RequireAll -----------------------------------------------------------------------------------------

    @Test
    void requireAllFiresOnceEveryInputHasANewValue() {
        ModuleNode s = b.stream("s", "a:Double", "b:String");
        ModuleNode all = b.add("require-all");
        ModuleNode table = b.add("table");
        b.connect(s, "a", all, "in1").connect(s, "b", all, "in2")
            .connect(all, "out1", table, "in1").connect(all, "out2", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1, null).add(2000, null, "x")
            .add(3000, 2, null).add(4000, 3, null).add(5000, null, "y").add(6000, 4, "z")).run();
        // 3000 and 4000 bring only a: wait for b (5000), then send a's latest value 3
        assertThat(run.rows(table)).containsExactly(row(1.0, "x"), row(3.0, "y"), row(4.0, "z"));
        assertThat(run.rowTimes(table)).containsExactly(2000L, 5000L, 6000L);
        assertThat(run.runtime().module(all.hash).input("in1").canToggleDriving()).isFalse();
    }

    @Test
    void requireAllIgnoresUnconnectedInputsAndForgetsPartialArrivalsOnClear() {
        ModuleNode s = b.stream("s", "a:Double", "b:Double");
        ModuleNode all = b.add("require-all");
        ModuleNode table = b.add("table");
        b.grow(all).grow(all);
        // in1 and in3 connected; in2 and the spare in4 are not
        b.connect(s, "a", all, "in1").connect(s, "b", all, "in3").connect(all, "out3", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1, 2).add(2000, 3, null))
            .run();
        assertThat(run.rows(table)).containsExactly(row(2.0));
        CanvasRuntime rt = run.runtime();
        rt.clearState();
        new dev.rivulet.core.ReplayLoop(rt).source(rt.streamSources().get(0),
            new MemoryCursor().add(3000, null, 5).add(4000, 6, null)).run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        // a's value from 2000 was cleared: b at 3000 alone is not enough, a at 4000 completes the set
        assertThat(run.rows(table)).containsExactly(row(2.0), row(5.0));
    }
}
