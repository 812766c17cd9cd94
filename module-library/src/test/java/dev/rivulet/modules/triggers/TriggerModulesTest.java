package dev.rivulet.modules.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerModulesTest {
    private static final String CAT = "Time Series/Triggers";
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

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

    private List<Object> run(ModuleNode[] p, double... vs) {
        return column(new CanvasRun(b.build()).replay("s", values(vs)).run(), p[1]);
    }

    private static MemoryCursor values(double... vs) {
        MemoryCursor c = new MemoryCursor();
        for (int i = 0; i < vs.length; i++) {
            c.add(1000L * (i + 1), vs[i]);
        }
        return c;
    }

    private static List<Object> column(CanvasRun run, ModuleNode table) {
        return run.rows(table).stream().map(r -> r.get(0)).toList();
    }

    private static Object defaultOf(String type, String param) {
        return CanvasRun.REGISTRY.newNode(type, 1).param(param).orElseThrow().value;
    }

    private static List<String> paramsOf(String type) {
        return CanvasRun.REGISTRY.newNode(type, 1).params.stream().map(p -> p.name).toList();
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("zero-cross", 24, "ZeroCross", CAT);
        DefinitionChecks.assertCatalogued("three-zones", 25, "ThreeZones", CAT);
        DefinitionChecks.assertCatalogued("four-zones", 84, "FourZones", CAT);
        DefinitionChecks.assertCatalogued("peak", 49, "Peak", CAT);
        DefinitionChecks.assertCatalogued("sampler", 85, "Sampler", CAT);
        assertThat(paramsOf("zero-cross")).containsExactly("threshold", "strictMode");
        assertThat(defaultOf("zero-cross", "threshold")).isEqualTo(0.0);
        assertThat(defaultOf("zero-cross", "strictMode")).isEqualTo(true);
        assertThat(defaultOf("three-zones", "highZone")).isEqualTo(0.8);
        assertThat(defaultOf("three-zones", "lowZone")).isEqualTo(-0.8);
        // Streamr's FourZones also has a mode parameter (enter/exit) that the catalogue line leaves out
        assertThat(paramsOf("four-zones")).containsExactly("mode", "highTrigger", "highRelease", "lowRelease",
            "lowTrigger");
        assertThat(defaultOf("four-zones", "mode")).isEqualTo(1.0);
        assertThat(defaultOf("four-zones", "highTrigger")).isEqualTo(0.8);
        assertThat(defaultOf("four-zones", "highRelease")).isEqualTo(0.2);
        assertThat(defaultOf("four-zones", "lowRelease")).isEqualTo(-0.2);
        assertThat(defaultOf("four-zones", "lowTrigger")).isEqualTo(-0.8);
        assertThat(paramsOf("peak")).containsExactly("highZone", "lowZone", "threshold");
        assertThat(defaultOf("peak", "threshold")).isEqualTo(0.0);
        ModuleNode sampler = CanvasRun.REGISTRY.newNode("sampler", 1);
        assertThat(sampler.inputs).extracting(p -> p.name).containsExactly("trigger", "value");
        assertThat(sampler.outputs).extracting(p -> p.name).containsExactly("value");
    }

    // ---- ZeroCross ----------------------------------------------------------------------------------------

    @Test
    void zeroCrossSignalsEachCrossingAndRepeatsItUntilTheNext() {
        ModuleNode[] p = pipeline("zero-cross");
        // 1 only sets the start; 1→-1 down; -2 repeats; -2→3 up; 4 repeats; 4→-0.5 down
        assertThat(run(p, 1, -1, -2, 3, 4, -0.5)).containsExactly(-1.0, -1.0, 1.0, 1.0, -1.0);
    }

    @Test
    void zeroCrossWithAThresholdIgnoresSmallMovesAroundZero() {
        ModuleNode[] p = pipeline("zero-cross", "threshold", 1);
        // 0.5 stays inside ±1; 1.5 crosses +1; 0.5 and -0.5 stay inside; -1.5 crosses -1
        assertThat(run(p, 0, 0.5, 1.5, 0.5, -0.5, -1.5)).containsExactly(1.0, 1.0, 1.0, -1.0);
    }

    @Test
    void zeroCrossOutsideStrictModeComparesTheFirstValueWithZero() {
        ModuleNode[] p = pipeline("zero-cross", "threshold", 0.5, "strictMode", false);
        assertThat(run(p, 2, 1, 0.2, -0.7)).containsExactly(1.0, 1.0, 1.0, -1.0);
    }

    @Test
    void zeroCrossInStrictModeNeverTreatsTheFirstValueAsACrossing() {
        ModuleNode[] p = pipeline("zero-cross", "threshold", 0.5);
        assertThat(run(p, 2, 1, 0.2, -0.7)).containsExactly(-1.0);
    }

    @Test
    void zeroCrossRejectsANegativeThreshold() {
        ModuleNode[] p = pipeline("zero-cross", "threshold", -1);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, -1)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("threshold");
    }

    @Test
    void zeroCrossForgetsItsSignalOnClearState() {
        ModuleNode[] p = pipeline("zero-cross");
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, -1)).run();
        run.runtime().clearState();
        new ReplayLoop(run.runtime()).source(run.runtime().streamSources().get(0),
                new MemoryCursor().add(3000, -2).add(4000, -3).add(5000, 1))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        // after the clear -2 is a fresh start, so nothing until the crossing at 1
        assertThat(column(run, p[1])).containsExactly(-1.0, 1.0);
    }

    @Test
    void zeroCrossKeepsItsSignalAcrossASnapshot() {
        ModuleNode[] p = pipeline("zero-cross");
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", values(1, -1)).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(3000, -2).add(4000, 2));
        second.start().restore(state);
        second.run();
        assertThat(column(second, p[1])).containsExactly(-1.0, 1.0);
    }

    // ---- ThreeZones / FourZones ---------------------------------------------------------------------------

    @Test
    void threeZonesClassifiesEachValueAndSkipsNaN() {
        ModuleNode[] p = pipeline("three-zones");
        assertThat(run(p, 0.9, 0.8, 0.5, -0.8, -1, Double.NaN, 0)).containsExactly(1.0, 1.0, 0.0, -1.0, -1.0, 0.0);
    }

    @Test
    void threeZonesRejectsALowZoneAboveTheHighZone() {
        ModuleNode[] p = pipeline("three-zones", "highZone", 0, "lowZone", 1);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(0.5)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("lowZone");
    }

    @Test
    void fourZonesInEnterModeTriggersAtTheTriggerLevelsAndReleasesAtTheReleaseLevels() {
        ModuleNode[] p = pipeline("four-zones");
        // 0.5 starts released; 0.9 high; 0.5 holds; 0.1 releases; -0.5 holds 0; -0.9 low; -0.5 holds; -0.1 releases
        assertThat(run(p, 0.5, 0.9, 0.5, 0.1, -0.5, -0.9, -0.5, -0.1))
            .containsExactly(0.0, 1.0, 1.0, 0.0, 0.0, -1.0, -1.0, 0.0);
    }

    @Test
    void fourZonesInExitModeTriggersWhenTheValueLeavesTheTriggerZone() {
        ModuleNode[] p = pipeline("four-zones", "mode", 2);
        // 0.9 and 0.95 only arm; falling back to 0.5 fires 1; 0.1 releases; -0.9 arms; -0.5 fires -1; 0 releases
        assertThat(run(p, 0.5, 0.9, 0.95, 0.5, 0.6, 0.1, -0.9, -0.5, 0))
            .containsExactly(0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, -1.0, 0.0);
    }

    @Test
    void fourZonesRejectsLevelsOutOfOrder() {
        ModuleNode[] p = pipeline("four-zones", "highRelease", 0.9);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(0.5)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("order");
    }

    @Test
    void fourZonesRejectsAnUnknownMode() {
        ModuleNode[] p = pipeline("four-zones", "mode", 3);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(0.5)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("mode");
    }

    // ---- Peak ---------------------------------------------------------------------------------------------

    @Test
    void peakSignalsTurnsByTheZoneTheyHappenIn() {
        ModuleNode[] p = pipeline("peak");
        // 1→0.5 turns down after 1 (> 0.8): -1; -1→-0.5 turns up after -1 (< -0.8): 1; 0.2→0.1 turns down at 0.2: 0
        assertThat(run(p, 0, 1, 0.5, -1, -0.5, 0.2, 0.1)).containsExactly(-1.0, -1.0, 1.0, 1.0, 0.0);
    }

    @Test
    void peakSkipsFlatStretchesWhenComparingDirections() {
        ModuleNode[] p = pipeline("peak");
        assertThat(run(p, 0, 1, 1, 1, 0.5)).containsExactly(-1.0);
    }

    @Test
    void peakIgnoresChangesWithinTheThreshold() {
        ModuleNode[] p = pipeline("peak", "threshold", 0.3);
        // the first rise beyond 0.3 is a turn (at 0, a plain 0); -0.1 is too small to be a fall; -0.4 is one
        assertThat(run(p, 0, 1, 0.9, 0.5)).containsExactly(0.0, 0.0, -1.0);
    }

    // ---- Sampler ------------------------------------------------------------------------------------------

    private ModuleNode[] sampler() {
        ModuleNode s = b.stream("s", "v:Object", "t:String");
        ModuleNode m = b.add("sampler");
        ModuleNode table = b.add("table");
        b.connect(s, "v", m, "value").connect(s, "t", m, "trigger").connect(m, "value", table, "in1");
        return new ModuleNode[] {m, table};
    }

    @Test
    void samplerSendsTheLatestValueOnEachTrigger() {
        ModuleNode[] p = sampler();
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1, null)
            .add(2000, null, "go").add(3000, "two", null).add(4000, 3, "x").add(5000, null, "y")).run();
        // new values alone send nothing; a value and a trigger in one event sample the new value
        assertThat(column(run, p[1])).containsExactly(1.0, 3.0, 3.0);
        assertThat(run.rowTimes(p[1])).containsExactly(2000L, 4000L, 5000L);
    }

    @Test
    void samplerTriggeredBeforeAnyValueSamplesTheFirstValue() {
        ModuleNode[] p = sampler();
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, null, "go").add(2000, "first", null).add(3000, "second", null))
            .run();
        assertThat(column(run, p[1])).containsExactly("first");
        assertThat(run.rowTimes(p[1])).containsExactly(2000L);
    }
}
