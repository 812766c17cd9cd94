package dev.rivulet.modules.utils;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtilsModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    /** Replays more events into an already running canvas (the first cursor is used up). */
    private static void replayMore(CanvasRun run, MemoryCursor more) {
        CanvasRuntime rt = run.runtime();
        new ReplayLoop(rt).source(rt.streamSources().get(0), more).run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("constant", 5, "Constant", "Utils", "Number");
        DefinitionChecks.assertCatalogued("constant-text", 19, "ConstantText", "Text",
            "TextConstant", "ConstantString", "StringConstant", "String");
        DefinitionChecks.assertCatalogued("boolean-constant", 1003, "BooleanConstant", "Boolean");
        DefinitionChecks.assertCatalogued("sample-if", 125, "SampleIf", "Time Series/Triggers");
        DefinitionChecks.assertCatalogued("merge", 141, "Merge", "Utils");
        DefinitionChecks.assertCatalogued("pass-through", 521, "PassThrough", "Time Series/Time Series Utils");
        DefinitionChecks.assertCatalogued("filter", 522, "Filter", "Utils", "Select", "Pick", "Choose");
    }

    // ---- Constant -------------------------------------------------------------------------------------------

    @Test
    void constantIsPulledAndALiveChangeReachesDownstreamModules() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode c = b.add("constant");
        b.param(c, "constant", 2.0);
        ModuleNode gt = b.add("greater-than");
        ModuleNode table = b.add("table");
        b.connect(s, "v", gt, "A").connect(c, "out", gt, "B").connect(gt, "A>B", table, "in1")
            .connect(c, "out", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 3)).run();
        // the constant was pulled: it never fired, so its column is empty
        assertThat(run.rows(table)).containsExactly(row(true, null));

        run.runtime().setParameter(c.hash, "constant", 5);
        // the change fires the constant: 3 > 5 is re-evaluated at once
        assertThat(run.rows(table)).containsExactly(row(true, null), row(false, 5.0));

        replayMore(run, new MemoryCursor().add(2000, 4).add(3000, 6));
        assertThat(run.rows(table)).containsExactly(row(true, null), row(false, 5.0), row(false, null),
            row(true, null));
    }

    @Test
    void nonNumericConstantIsReportedAndZeroIsUsed() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode c = b.add("constant");
        // as a hand-edited or foreign document would have it (the builder itself would store the default)
        c.param("constant").orElseThrow().value = "ten";
        ModuleNode gt = b.add("greater-than");
        ModuleNode table = b.add("table");
        b.connect(s, "v", gt, "A").connect(c, "out", gt, "B").connect(gt, "A>B", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1).add(2000, -1)).run();
        assertThat(run.runtime().problems().get(c.hash)).anyMatch(p -> p.contains("\"ten\" is not a number"));
        assertThat(run.rows(table)).containsExactly(row(true), row(false));
    }

    // ---- ConstantText and BooleanConstant -----------------------------------------------------------------------

    @Test
    void constantTextIsPulledAndALiveChangeIsSent() {
        ModuleNode s = b.stream("s", "name:String");
        ModuleNode text = b.add("constant-text");
        ModuleNode concat = b.add("concatenate");
        ModuleNode table = b.add("table");
        b.connect(s, "name", concat, "in1").connect(text, "out", concat, "in2").connect(concat, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "a")).run();
        assertThat(run.rows(table)).containsExactly(row("aSTR"));

        run.runtime().setParameter(text.hash, "str", "!");
        assertThat(run.rows(table)).containsExactly(row("aSTR"), row("a!"));
    }

    @Test
    void booleanConstantOpensAndClosesAFilter() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode flag = b.add("boolean-constant");
        b.param(flag, "val", "false");
        ModuleNode f = b.add("filter");
        ModuleNode table = b.add("table");
        b.connect(flag, "out", f, "pass").connect(s, "v", f, "in1").connect(f, "out1", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1)).run();
        // the text "false" from a document is read as false
        assertThat(run.rows(table)).isEmpty();

        run.runtime().setParameter(flag.hash, "val", true);
        // pass is not driving: opening the filter sends nothing by itself
        assertThat(run.rows(table)).isEmpty();
        replayMore(run, new MemoryCursor().add(2000, 2));
        assertThat(run.rows(table)).containsExactly(row(2.0));
    }

    @Test
    void booleanConstantDefaultsToTrue() {
        ModuleNode flag = b.add("boolean-constant");
        ModuleNode table = b.add("table");
        b.connect(flag, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build());
        run.start().activateNow(run.runtime().module(flag.hash));
        assertThat(run.rows(table)).containsExactly(row(true));
    }

    // ---- SampleIf -------------------------------------------------------------------------------------------

    @Test
    void sampleIfSendsTheLatestValueWhenTriggerIsTrue() {
        ModuleNode trig = b.stream("t", "go:Boolean");
        ModuleNode vals = b.stream("v", "x:Double");
        ModuleNode sample = b.add("sample-if");
        ModuleNode table = b.add("table");
        b.connect(trig, "go", sample, "triggerIf").connect(vals, "x", sample, "value")
            .connect(sample, "value", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("v", new MemoryCursor().add(1000, 10).add(3000, 20).add(6000, 30))
            .replay("t", new MemoryCursor().add(2000, true).add(4000, false).add(5000, true))
            .run();
        // new values alone (3000, 6000) and a false trigger (4000) send nothing
        assertThat(run.rows(table)).containsExactly(row(10.0), row(20.0));
        assertThat(run.rowTimes(table)).containsExactly(2000L, 5000L);
    }

    @Test
    void sampleIfTriggeredBeforeAnyValueSamplesTheFirstValue() {
        ModuleNode trig = b.stream("t", "go:Double");
        ModuleNode vals = b.stream("v", "x:String");
        ModuleNode sample = b.add("sample-if");
        ModuleNode table = b.add("table");
        b.connect(trig, "go", sample, "triggerIf").connect(vals, "x", sample, "value")
            .connect(sample, "value", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("t", new MemoryCursor().add(1000, 2).add(4000, 0).add(5000, -1))
            .replay("v", new MemoryCursor().add(2000, "a").add(3000, "b"))
            .run();
        // numbers coerce: 2 and -1 are true, 0 is false; the trigger at 1000 waits for the first value
        assertThat(run.rows(table)).containsExactly(row("a"), row("b"));
        assertThat(run.rowTimes(table)).containsExactly(2000L, 5000L);
    }

    // ---- Merge ----------------------------------------------------------------------------------------------

    @Test
    void mergeSendsWhicheverInputFiredAndAWinsATie() {
        ModuleNode s = b.stream("s", "a:Double", "b:String");
        ModuleNode merge = b.add("merge");
        ModuleNode table = b.add("table");
        b.connect(s, "a", merge, "A").connect(s, "b", merge, "B").connect(merge, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, "x").add(2000, 2, null).add(3000, null, "y"))
            .run();
        assertThat(run.rows(table)).containsExactly(row(1.0), row(2.0), row("y"));
    }

    @Test
    void mergeRunsWithOneInputUnconnected() {
        ModuleNode s = b.stream("s", "b:Double");
        ModuleNode merge = b.add("merge");
        ModuleNode table = b.add("table");
        b.connect(s, "b", merge, "B").connect(merge, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 7).add(2000, 8)).run();
        assertThat(run.rows(table)).containsExactly(row(7.0), row(8.0));
    }

    @Test
    void mergeSendsAValueBeforeTheOtherInputHasEverFired() {
        ModuleNode s = b.stream("s", "a:Double", "b:Double");
        ModuleNode merge = b.add("merge");
        ModuleNode table = b.add("table");
        b.connect(s, "a", merge, "A").connect(s, "b", merge, "B").connect(merge, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, null).add(2000, null, 2)).run();
        assertThat(run.rows(table)).containsExactly(row(1.0), row(2.0));
    }

    // ---- PassThrough and Filter -----------------------------------------------------------------------------

    @Test
    void passThroughCopiesEveryConnectedInputToItsOutput() {
        ModuleNode s = b.stream("s", "x:Double", "y:String");
        ModuleNode pt = b.add("pass-through");
        ModuleNode table = b.add("table");
        b.connect(s, "x", pt, "in1").connect(s, "y", pt, "in2")
            .connect(pt, "out1", table, "in1").connect(pt, "out2", table, "in2");
        // connecting the last input grew a spare pair each time
        assertThat(pt.outputs).extracting(p -> p.name).containsExactly("out1", "out2", "out3");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, "a").add(2000, 2, null)).run();
        // at 2000 only x arrived, but y's current value is sent again with it (Streamr's behaviour)
        assertThat(run.rows(table)).containsExactly(row(1.0, "a"), row(2.0, "a"));
    }

    @Test
    void filterPassesEveryPairWhilePassIsTrue() {
        ModuleNode s = b.stream("s", "pass:Boolean", "x:Double", "y:Double");
        ModuleNode f = b.add("filter");
        ModuleNode table = b.add("table");
        b.connect(s, "pass", f, "pass").connect(s, "x", f, "in1");
        // the first connection grew the filter; the second pair exists only because of that
        assertThat(f.input("in2")).isPresent();
        b.connect(s, "y", f, "in2").connect(f, "out1", table, "in1").connect(f, "out2", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, true, 1, 2).add(2000, false, 3, 4).add(3000, "yes", 5, null)
                .add(4000, 0, 6, 7))
            .run();
        // "yes" is true, 0 is false; at 3000 y did not arrive but its value 4 passes along with x
        assertThat(run.rows(table)).containsExactly(row(1.0, 2.0), row(5.0, 4.0));
        assertThat(run.runtime().module(f.hash).input("pass").canToggleDriving()).isFalse();
    }

    @Test
    void filterGrownByHandKeepsPairsAligned() {
        ModuleNode s = b.stream("s", "x:Double", "y:Double");
        ModuleNode f = b.add("filter");
        ModuleNode yes = b.add("boolean-constant");
        ModuleNode table = b.add("table");
        b.grow(f).grow(f);
        assertThat(f.inputs).extracting(p -> p.name).containsExactly("pass", "in1", "in2", "in3");
        b.connect(yes, "out", f, "pass").connect(s, "y", f, "in3").connect(f, "out3", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1, 2)).run();
        assertThat(run.rows(table)).containsExactly(row(2.0));
    }
}
