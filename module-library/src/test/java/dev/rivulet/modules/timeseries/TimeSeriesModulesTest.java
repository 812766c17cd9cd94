package dev.rivulet.modules.timeseries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import dev.rivulet.testkit.DefinitionChecks;
import org.junit.jupiter.api.Test;

class TimeSeriesModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    /** Stream field v → module(in) → module(out) → table; params as name/value pairs. */
    private ModuleNode[] pipeline(String type, Object... params) {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode m = b.add(type);
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(m, (String) params[i], params[i + 1]);
        }
        ModuleNode table = b.add("table");
        b.connect(s, "v", m, "in").connect(m, "out", table, "in1");
        return new ModuleNode[] {m, table};
    }

    private static List<Object> column(CanvasRun run, ModuleNode table) {
        return run.rows(table).stream().map(r -> r.get(0)).toList();
    }

    private static MemoryCursor values(double... vs) {
        MemoryCursor c = new MemoryCursor();
        for (int i = 0; i < vs.length; i++) {
            c.add(1000L * (i + 1), vs[i]);
        }
        return c;
    }

    private static void continueRun(CanvasRun run, MemoryCursor more) {
        new ReplayLoop(run.runtime()).source(run.runtime().streamSources().get(0), more)
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
    }

    private static Object defaultOf(String type, String param) {
        return CanvasRun.REGISTRY.newNode(type, 1).param(param).orElseThrow().value;
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("moving-average", 524, "MovingAverage", "Time Series/Filtering", "SMA");
        DefinitionChecks.assertCatalogued("moving-average-exp", 96, "MovingAverageExp", "Time Series/Filtering",
            "EMA");
        DefinitionChecks.assertCatalogued("min-window", 149, "Min (window)", "Time Series/Statistics", "Minimum",
            "Smallest");
        DefinitionChecks.assertCatalogued("max-window", 150, "Max (window)", "Time Series/Statistics", "Maximum",
            "Largest");
        DefinitionChecks.assertCatalogued("random-number", 562, "RandomNumber", "Time Series/Random");
        DefinitionChecks.assertCatalogued("barify", 16, "Barify", "Time Series/Time Series Utils", "Time");
        DefinitionChecks.assertCatalogued("delay", 7, "Delay", "Time Series/Time Series Utils");
        assertThat(defaultOf("moving-average-exp", "length")).isEqualTo(60.0);
        assertThat(defaultOf("moving-average-exp", "minSamples")).isEqualTo(1.0);
        assertThat(defaultOf("random-number", "min")).isEqualTo(-1.0);
        assertThat(defaultOf("random-number", "max")).isEqualTo(1.0);
        assertThat(defaultOf("barify", "barLength")).isEqualTo(60.0);
        assertThat(defaultOf("delay", "delayEvents")).isEqualTo(1.0);
        assertThat(CanvasRun.REGISTRY.newNode("barify", 1).outputs).extracting(p -> p.name)
            .containsExactly("open", "high", "low", "close", "avg", "sum");
    }

    // ---- MovingAverage ------------------------------------------------------------------------------------

    @Test
    void movingAverageWaitsForMinSamples() {
        ModuleNode[] p = pipeline("moving-average", "windowLength", 3, "minSamples", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(3, 6, 9, 0)).run();
        // 3 alone is below minSamples; then (3+6)/2, (3+6+9)/3, (6+9+0)/3
        assertThat(column(run, p[1])).containsExactly(4.5, 6.0, 5.0);
    }

    @Test
    void movingAverageOverSecondsDropsExpiredValuesOnClockTicks() {
        ModuleNode[] p = pipeline("moving-average", "windowLength", 2, "windowType", "seconds");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 2).add(1500, 4).add(4200, 10)).run();
        // 1000: 2; 1500: 3; tick 3000 expires t=1000 → 4; tick 4000 expires t=1500 → window empty, nothing sent;
        // 4200: 10
        assertThat(column(run, p[1])).containsExactly(2.0, 3.0, 4.0, 10.0);
        assertThat(run.rowTimes(p[1])).containsExactly(1000L, 1500L, 3000L, 4200L);
    }

    // ---- MovingAverageExp ---------------------------------------------------------------------------------

    @Test
    void movingAverageExpWarmsUpOnThePlainAverageThenSmoothsExponentially() {
        // length 3 → alpha 0.5: warm-up averages 1, 1.5, 2 (seed), then 0.5·4 + 0.5·2 = 3, 0.5·5 + 0.5·3 = 4
        ModuleNode[] p = pipeline("moving-average-exp", "length", 3);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2, 3, 4, 5)).run();
        assertThat(column(run, p[1])).containsExactly(1.0, 1.5, 2.0, 3.0, 4.0);
    }

    @Test
    void movingAverageExpWithLengthOneFollowsTheInputAndHonoursMinSamples() {
        ModuleNode[] p = pipeline("moving-average-exp", "length", 1, "minSamples", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(7, -1, 4)).run();
        assertThat(column(run, p[1])).containsExactly(-1.0, 4.0);
    }

    @Test
    void movingAverageExpRejectsALengthBelowOne() {
        ModuleNode[] p = pipeline("moving-average-exp", "length", 0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("length");
    }

    @Test
    void movingAverageExpStateSurvivesASnapshot() {
        ModuleNode[] p = pipeline("moving-average-exp", "length", 3);
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", values(1, 2, 3, 4)).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(5000, 5));
        second.start().restore(state);
        second.run();
        assertThat(column(second, p[1])).containsExactly(4.0);
    }

    // ---- Min (window) / Max (window) ------------------------------------------------------------------------

    @Test
    void minWindowTracksTheSmallestValueOfTheLastEvents() {
        ModuleNode[] p = pipeline("min-window", "windowLength", 3);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(5, 3, 4, 6, 2, 7, 8, 9)).run();
        assertThat(column(run, p[1])).containsExactly(5.0, 3.0, 3.0, 3.0, 2.0, 2.0, 2.0, 7.0);
    }

    @Test
    void maxWindowTracksTheLargestValueOfTheLastEvents() {
        ModuleNode[] p = pipeline("max-window", "windowLength", 3);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(5, 3, 4, 6, 2, 7, 1, 0)).run();
        assertThat(column(run, p[1])).containsExactly(5.0, 5.0, 5.0, 6.0, 6.0, 7.0, 7.0, 7.0);
    }

    @Test
    void windowExtremesIgnoreNaN() {
        ModuleNode[] p = pipeline("max-window", "windowLength", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(Double.NaN, 1, Double.NaN, Double.NaN, 3)).run();
        // [NaN] has no maximum; [NaN,1] → 1; [1,NaN] → 1; [NaN,NaN] nothing; [NaN,3] → 3
        assertThat(column(run, p[1])).containsExactly(1.0, 1.0, 3.0);
    }

    @Test
    void minWindowOverSecondsIsUpdatedWhenTheMinimumExpires() {
        ModuleNode[] p = pipeline("min-window", "windowLength", 2, "windowType", "seconds");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1).add(1500, 5).add(2500, 3).add(6000, 8)).run();
        // 1, 1, 1; tick 3000 drops 1 → 3; tick 4000 drops 5 → still 3 (sent again, the window changed);
        // tick 5000 drops 3 → empty, nothing; 6000: 8
        assertThat(column(run, p[1])).containsExactly(1.0, 1.0, 1.0, 3.0, 3.0, 8.0);
        assertThat(run.rowTimes(p[1])).containsExactly(1000L, 1500L, 2500L, 3000L, 4000L, 6000L);
    }

    @Test
    void windowExtremesAgreeWithAPlainScanOnRandomData() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode min = b.add("min-window");
        ModuleNode max = b.add("max-window");
        b.param(min, "windowLength", 7).param(max, "windowLength", 7);
        ModuleNode table = b.add("table");
        b.connect(s, "v", min, "in").connect(s, "v", max, "in").connect(min, "out", table, "in1")
            .connect(max, "out", table, "in2");
        SplittableRandom random = new SplittableRandom(42);
        MemoryCursor data = new MemoryCursor();
        List<List<Object>> expected = new ArrayList<>();
        ArrayDeque<Double> window = new ArrayDeque<>();
        for (int i = 0; i < 500; i++) {
            // few distinct values, so ties are common
            double v = random.nextInt(10);
            data.add(1000L * (i + 1), v);
            window.addLast(v);
            if (window.size() > 7) {
                window.removeFirst();
            }
            expected.add(Arrays.asList(window.stream().mapToDouble(d -> d).min().orElseThrow(),
                window.stream().mapToDouble(d -> d).max().orElseThrow()));
        }
        CanvasRun run = new CanvasRun(b.build()).replay("s", data).run();
        assertThat(run.rows(table)).isEqualTo(expected);
    }

    @Test
    void minWindowIsRebuiltFromASnapshot() {
        ModuleNode[] p = pipeline("min-window", "windowLength", 3);
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", values(2, 9, 4)).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(4000, 6).add(5000, 8));
        second.start().restore(state);
        second.run();
        // windows [9,4,6] → 4, [4,6,8] → 4
        assertThat(column(second, p[1])).containsExactly(4.0, 4.0);
    }

    // ---- RandomNumber -------------------------------------------------------------------------------------

    private CanvasRun randomNumbers(ModuleNode[] out, int n, Object... params) {
        ModuleNode s = b.stream("s", "t:String");
        ModuleNode r = b.add("random-number");
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(r, (String) params[i], params[i + 1]);
        }
        ModuleNode table = b.add("table");
        b.connect(s, "t", r, "trigger").connect(r, "out", table, "in1");
        MemoryCursor triggers = new MemoryCursor();
        for (int i = 0; i < n; i++) {
            triggers.add(1000L * (i + 1), "tick");
        }
        out[0] = r;
        out[1] = table;
        return new CanvasRun(b.build()).replay("s", triggers).run();
    }

    @Test
    void randomNumberDrawsOneNumberPerTriggerWithinTheBounds() {
        ModuleNode[] p = new ModuleNode[2];
        CanvasRun run = randomNumbers(p, 200, "min", 2, "max", 5);
        List<Object> drawn = column(run, p[1]);
        assertThat(drawn).hasSize(200);
        assertThat(drawn).allSatisfy(v -> assertThat((Double) v).isGreaterThanOrEqualTo(2.0).isLessThan(5.0));
        assertThat(drawn.stream().distinct().count()).isGreaterThan(150);
    }

    @Test
    void randomNumberWithEqualBoundsAlwaysSendsThatNumber() {
        ModuleNode[] p = new ModuleNode[2];
        CanvasRun run = randomNumbers(p, 3, "min", 4, "max", 4);
        assertThat(column(run, p[1])).containsExactly(4.0, 4.0, 4.0);
    }

    @Test
    void randomNumberRejectsMinAboveMax() {
        ModuleNode[] p = new ModuleNode[2];
        CanvasRun run = randomNumbers(p, 2, "min", 3, "max", 1);
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString()
            .contains("min (3)").contains("max (1)");
    }

    // ---- Barify -------------------------------------------------------------------------------------------

    private ModuleNode[] barify(Object barLength) {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode bar = b.add("barify");
        b.param(bar, "barLength", barLength);
        ModuleNode table = b.add("table");
        b.connect(s, "v", bar, "in");
        String[] outs = {"open", "high", "low", "close", "avg", "sum"};
        for (int i = 0; i < outs.length; i++) {
            b.connect(bar, outs[i], table, "in" + (i + 1));
        }
        return new ModuleNode[] {bar, table};
    }

    @Test
    void barifySendsOneBarPerPeriodOnTheClock() {
        ModuleNode[] p = barify(10);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 5).add(3000, 8).add(7000, 2).add(12000, 4))
            .run(Long.MIN_VALUE, 31000);
        assertThat(run.rows(p[1])).containsExactly(
            // 0-10 s: open 5, high 8, low 2, close 2, avg 5, sum 15
            List.of(5.0, 8.0, 2.0, 2.0, 5.0, 15.0),
            // 10-20 s opens at the previous close: 2, 4, 2, 4, avg 4, sum 4
            List.of(2.0, 4.0, 2.0, 4.0, 4.0, 4.0),
            // 20-30 s had no values: a flat bar at the last close, sum 0
            List.of(4.0, 4.0, 4.0, 4.0, 4.0, 0.0));
        assertThat(run.rowTimes(p[1])).containsExactly(10000L, 20000L, 30000L);
    }

    @Test
    void barifySendsNothingBeforeTheFirstValue() {
        ModuleNode s = b.stream("s", "v:Double", "other:Double");
        ModuleNode bar = b.add("barify");
        b.param(bar, "barLength", 2);
        ModuleNode table = b.add("table");
        b.connect(s, "v", bar, "in").connect(bar, "close", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, null, 1).add(5000, null, 2).add(6500, 3, 3))
            .run(Long.MIN_VALUE, 8000);
        assertThat(column(run, table)).containsExactly(3.0);
        assertThat(run.rowTimes(table)).containsExactly(8000L);
    }

    @Test
    void barifyRejectsABarLengthThatIsNotAWholeNumberOfSeconds() {
        ModuleNode[] p = barify(1.5);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2, 3)).run(Long.MIN_VALUE, 5000);
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("barLength");
    }

    @Test
    void barifyContinuesTheOpenBarAfterASnapshot() {
        ModuleNode[] p = barify(10);
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", new MemoryCursor().add(1000, 5).add(2000, 9)).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(3000, 1));
        second.start().restore(state);
        second.run(Long.MIN_VALUE, 10000);
        assertThat(second.rows(p[1])).containsExactly(List.of(5.0, 9.0, 1.0, 1.0, 5.0, 15.0));
    }

    // ---- Delay --------------------------------------------------------------------------------------------

    private ModuleNode[] delay(String fieldType, Object delayEvents) {
        ModuleNode s = b.stream("s", "v:" + fieldType);
        ModuleNode d = b.add("delay");
        b.param(d, "delayEvents", delayEvents);
        ModuleNode table = b.add("table");
        b.connect(s, "v", d, "in").connect(d, "out", table, "in1");
        return new ModuleNode[] {d, table};
    }

    @Test
    void delaySendsThePreviousValue() {
        ModuleNode[] p = delay("Double", 1);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2, 3)).run();
        assertThat(column(run, p[1])).containsExactly(1.0, 2.0);
        assertThat(run.rowTimes(p[1])).containsExactly(2000L, 3000L);
    }

    @Test
    void delayHoldsBackAnyTypeByDelayEvents() {
        ModuleNode[] p = delay("Object", 2);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "a").add(2000, 2.5).add(3000, true).add(4000, List.of(1.0))
                .add(5000, "e"))
            .run();
        assertThat(column(run, p[1])).containsExactly("a", 2.5, true);
    }

    @Test
    void delayRejectsZeroEvents() {
        ModuleNode[] p = delay("Double", 0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("delayEvents");
    }

    @Test
    void delayStartsEmptyAgainAfterClearState() {
        ModuleNode[] p = delay("Double", 1);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2)).run();
        run.runtime().clearState();
        continueRun(run, new MemoryCursor().add(3000, 3).add(4000, 4));
        assertThat(column(run, p[1])).containsExactly(1.0, 3.0);
    }

    @Test
    void delayKeepsItsBufferAcrossASnapshot() {
        ModuleNode[] p = delay("Object", 2);
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", new MemoryCursor().add(1000, "a").add(2000, 7.0)).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(3000, "c").add(4000, "d"));
        second.start().restore(state);
        second.run();
        assertThat(column(second, p[1])).containsExactly("a", 7.0);
    }
}
