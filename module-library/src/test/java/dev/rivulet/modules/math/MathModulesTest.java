package dev.rivulet.modules.math;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.testkit.CanvasRun;
import java.util.Arrays;
import java.util.List;
import dev.rivulet.testkit.DefinitionChecks;
import org.junit.jupiter.api.Test;

class MathModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    /** A two-input module fed by stream fields a and b, its output into a table; returns the table rows. */
    private List<List<Object>> binary(String type, String output, MemoryCursor rows) {
        ModuleNode s = b.stream("s", "a:Double", "b:Double");
        ModuleNode m = b.add(type);
        ModuleNode table = b.add("table");
        b.connect(s, "a", m, "A").connect(s, "b", m, "B").connect(m, output, table, "in1");
        return new CanvasRun(b.build()).replay("s", rows).run().rows(table);
    }

    private List<List<Object>> unary(String type, String output, MemoryCursor rows) {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode m = b.add(type);
        ModuleNode table = b.add("table");
        b.connect(s, "v", m, "in").connect(m, output, table, "in1");
        return new CanvasRun(b.build()).replay("s", rows).run().rows(table);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        String cat = "Time Series/Simple Math";
        DefinitionChecks.assertCatalogued("add", 520, "Add", cat, "Plus");
        DefinitionChecks.assertCatalogued("subtract", 4, "Subtract", cat, "Minus");
        DefinitionChecks.assertCatalogued("multiply", 1, "Multiply", cat, "Times");
        DefinitionChecks.assertCatalogued("divide", 6, "Divide", cat);
        DefinitionChecks.assertCatalogued("abs", 27, "Abs", cat, "Absolute");
        DefinitionChecks.assertCatalogued("expression", 567, "Expression", cat, "Formula", "Evaluate");
        DefinitionChecks.assertCatalogued("sum", 53, "Sum", cat);
        DefinitionChecks.assertCatalogued("count", 161, "Count", cat, "number");
        DefinitionChecks.assertCatalogued("min", 61, "Min", cat, "Minimum", "Smallest");
        DefinitionChecks.assertCatalogued("max", 62, "Max", cat, "Maximum", "Largest");
        ModuleNode e = CanvasRun.REGISTRY.newNode("expression", 1);
        assertThat(e.param("expression").orElseThrow().value).isEqualTo("x+y");
        assertThat(e.outputs).extracting(p -> p.name).containsExactly("out", "error");
        assertThat(CanvasRun.REGISTRY.newNode("sum", 1).params).extracting(p -> p.name)
            .containsExactly("windowLength", "windowType", "minSamples");
    }

    @Test
    void addSumsEveryConnectedInput() {
        ModuleNode s = b.stream("s", "a:Double", "b:Double", "c:Double");
        ModuleNode add = b.add("add");
        ModuleNode table = b.add("table");
        b.connect(s, "a", add, "in1").connect(s, "b", add, "in2").connect(s, "c", add, "in3")
            .connect(add, "sum", table, "in1");
        // connecting the last input grew a spare one, which stays unconnected
        assertThat(add.inputs).extracting(p -> p.name).containsExactly("in1", "in2", "in3", "in4");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, 2, 3).add(2000, 0.5, -2, 10)).run();
        assertThat(run.rows(table)).containsExactly(row(6.0), row(8.5));
    }

    @Test
    void addWithOneConnectedInputIgnoresTheUnconnectedOnes() {
        ModuleNode s = b.stream("s", "a:Double");
        ModuleNode add = b.add("add");
        ModuleNode table = b.add("table");
        b.connect(s, "a", add, "in1").connect(add, "sum", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 4).add(2000, -1)).run();
        assertThat(run.rows(table)).containsExactly(row(4.0), row(-1.0));
    }

    @Test
    void addKeepsStreamrsFixedInputsWhenImported() {
        // Streamr saves Add as fixed in1, in2 plus variadic ports named "endpoint-..." shown as in3, in4...
        ModuleNode s = b.stream("s", "a:Double", "b:Double", "c:Double");
        ModuleNode add = b.add("add");
        ModuleNode table = b.add("table");
        add.inputs.clear();
        add.inputs.add(port("in1", null));
        add.inputs.add(port("in2", null));
        PortNode third = port("endpoint-1465818123055", 3);
        third.displayName = "in3";
        add.inputs.add(third);
        b.connect(s, "a", add, "in1").connect(s, "b", add, "in2").connect(s, "c", add, "endpoint-1465818123055")
            .connect(add, "sum", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1, 10, 100)).run();
        assertThat(run.runtime().problems()).isEmpty();
        assertThat(run.rows(table)).containsExactly(row(111.0));
    }

    private static PortNode port(String name, Integer variadicIndex) {
        PortNode p = new PortNode(name);
        p.type = "Double";
        if (variadicIndex != null) {
            p.variadic = new dev.rivulet.document.VariadicNode();
            p.variadic.index = variadicIndex;
            p.variadic.isLast = true;
        }
        return p;
    }

    @Test
    void subtractMultiplyAndDivideComputeAOpB() {
        MemoryCursor rows = new MemoryCursor().add(1000, 6, 3).add(2000, -1, 4);
        assertThat(binary("subtract", "A-B", rows)).containsExactly(row(3.0), row(-5.0));
    }

    @Test
    void multiplyMultipliesAByB() {
        MemoryCursor rows = new MemoryCursor().add(1000, 6, 3).add(2000, -1.5, 4);
        assertThat(binary("multiply", "A*B", rows)).containsExactly(row(18.0), row(-6.0));
    }

    @Test
    void divideSendsNothingWhenDividingByZero() {
        MemoryCursor rows = new MemoryCursor().add(1000, 6, 3).add(2000, 1, 0).add(3000, 0, 0).add(4000, -1, 4)
            .add(5000, 5, -0.0);
        assertThat(binary("divide", "A/B", rows)).containsExactly(row(2.0), row(-0.25));
    }

    @Test
    void absDropsTheSign() {
        MemoryCursor rows = new MemoryCursor().add(1000, -2.5).add(2000, 3).add(3000, 0);
        assertThat(unary("abs", "out", rows)).containsExactly(row(2.5), row(3.0), row(0.0));
    }

    @Test
    void absCoercesNumericTextAndFailsOnOtherText() {
        ModuleNode s = b.stream("s", "v:String");
        ModuleNode abs = b.add("abs");
        ModuleNode table = b.add("table");
        b.connect(s, "v", abs, "in").connect(abs, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "-7").add(2000, "seven").add(3000, "-1.5")).run();
        assertThat(run.rows(table)).containsExactly(row(7.0), row(1.5));
        assertThat(run.failures()).singleElement().asString().contains("seven");
    }

    @Test
    void minAndMaxPickTheSmallerAndLargerInput() {
        MemoryCursor rows = new MemoryCursor().add(1000, 1, 2).add(2000, 5, -5).add(3000, 3, 3);
        assertThat(binary("min", "out", rows)).containsExactly(row(1.0), row(-5.0), row(3.0));
    }

    @Test
    void maxPicksTheLargerInput() {
        MemoryCursor rows = new MemoryCursor().add(1000, 1, 2).add(2000, 5, -5).add(3000, 3, 3);
        assertThat(binary("max", "out", rows)).containsExactly(row(2.0), row(5.0), row(3.0));
    }

    @Test
    void countCountsEveryEventWhateverItsTypeButNotMissingFields() {
        ModuleNode s = b.stream("s", "v:String");
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.connect(s, "v", count, "in").connect(count, "count", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "a").add(2000, (Object) null).add(3000, "").add(4000, "b"))
            .run();
        assertThat(run.rows(table)).containsExactly(row(1.0), row(2.0), row(3.0));
    }

    @Test
    void countOverAnEventWindowCountsOnlyTheLastEvents() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.param(count, "windowLength", 2);
        b.connect(s, "v", count, "in").connect(count, "count", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1).add(2000, 1).add(3000, 1)).run();
        assertThat(run.rows(table)).containsExactly(row(1.0), row(2.0), row(2.0));
    }

    @Test
    void countOverASecondsWindowDropsExpiredEventsOnTheClock() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.param(count, "windowLength", 2).param(count, "windowType", "seconds");
        b.connect(s, "v", count, "in").connect(count, "count", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1).add(1500, 1)).run(1000, 5000);
        // 1000: 1, 1500: 2, tick 3000 expires the event at 1000 (older than 2 s) -> 1, tick 4000 expires 1500 -> 0
        assertThat(run.rows(table)).containsExactly(row(1.0), row(2.0), row(1.0), row(0.0));
    }

    @Test
    void countStartsAgainAfterClearState() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.connect(s, "v", count, "in").connect(count, "count", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1).add(2000, 1)).run();
        run.runtime().clearState();
        new dev.rivulet.core.ReplayLoop(run.runtime())
            .source(run.runtime().streamSources().get(0), new MemoryCursor().add(3000, 1))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        assertThat(run.rows(table)).containsExactly(row(1.0), row(2.0), row(1.0));
    }

    @Test
    void sumAddsUpTheValuesInTheWindow() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode sum = b.add("sum");
        b.param(sum, "windowLength", 3);
        ModuleNode table = b.add("table");
        b.connect(s, "v", sum, "in").connect(sum, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1).add(2000, 2).add(3000, 3).add(4000, 4).add(5000, -10))
            .run();
        assertThat(run.rows(table)).containsExactly(row(1.0), row(3.0), row(6.0), row(9.0), row(-3.0));
    }

    @Test
    void sumWaitsForMinSamplesAndFollowsATimeWindowAsValuesExpire() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode sum = b.add("sum");
        b.param(sum, "windowLength", 2).param(sum, "windowType", "seconds").param(sum, "minSamples", 2);
        ModuleNode table = b.add("table");
        b.connect(s, "v", sum, "in").connect(sum, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1).add(1500, 2).add(2500, 4)).run(Long.MIN_VALUE, 5000);
        // t=1000: one sample, nothing; 1500: 3; 2500: 7; tick 3000 drops the value of t=1000: 6;
        // tick 4000 drops t=1500, leaving one sample (< minSamples): nothing
        assertThat(run.rows(table)).containsExactly(row(3.0), row(7.0), row(6.0));
        assertThat(run.rowTimes(table)).containsExactly(1500L, 2500L, 3000L);
    }

    @Test
    void sumWithWindowLengthZeroIsARunningTotal() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode sum = b.add("sum");
        ModuleNode table = b.add("table");
        b.param(sum, "windowLength", 0);
        b.connect(s, "v", sum, "in").connect(sum, "out", table, "in1");
        MemoryCursor data = new MemoryCursor();
        for (int i = 1; i <= 30; i++) {
            data.add(i * 1000L, i);
        }
        CanvasRun run = new CanvasRun(b.build()).replay("s", data).run();
        assertThat(run.rows(table)).hasSize(30);
        assertThat(run.rows(table).get(29)).containsExactly(465.0);
    }

    @Test
    void sumRejectsANegativeWindowLength() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode sum = b.add("sum");
        b.param(sum, "windowLength", -1);
        b.connect(s, "v", sum, "in");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1)).run();
        assertThat(run.runtime().problems().get(sum.hash)).anyMatch(p -> p.contains("windowLength"));
    }

    @Test
    void expressionDefaultsToXPlusYWithOneInputPerVariable() {
        ModuleNode s = b.stream("s", "a:Double", "b:Double");
        ModuleNode e = b.add("expression");
        ModuleNode table = b.add("table");
        assertThat(e.inputs).extracting(p -> p.name).containsExactly("x", "y");
        b.connect(s, "a", e, "x").connect(s, "b", e, "y").connect(e, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 2, 3).add(2000, 0.1, 0.2))
            .run();
        assertThat(run.rows(table)).containsExactly(row(5.0), row(0.3));
    }

    @Test
    void expressionInputsFollowTheFormulaInOrderOfAppearanceWithoutConstants() {
        ModuleNode e = b.add("expression");
        b.param(e, "expression", "b * a - PI * b + SQRT(c)");
        assertThat(e.inputs).extracting(p -> p.name).containsExactly("b", "a", "c");
    }

    @Test
    void expressionEvaluatesAFormulaWithFunctionsAndComparisons() {
        ModuleNode s = b.stream("s", "h:Double", "l:Double");
        ModuleNode e = b.add("expression");
        b.param(e, "expression", "MAX(high, low) / 2 + IF(high > low, 1, 0)");
        ModuleNode cmp = b.add("expression");
        b.param(cmp, "expression", "high > low");
        ModuleNode table = b.add("table");
        b.connect(s, "h", e, "high").connect(s, "l", e, "low").connect(s, "h", cmp, "high").connect(s, "l", cmp, "low")
            .connect(e, "out", table, "in1").connect(cmp, "out", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 10, 4).add(2000, 1, 3))
            .run();
        // a comparison as the whole result comes out as 1/0, as in Streamr
        assertThat(run.rows(table)).containsExactly(row(6.0, 1.0), row(1.5, 0.0));
    }

    @Test
    void expressionReportsEvaluationErrorsOnTheErrorOutputAndRunsOn() {
        ModuleNode s = b.stream("s", "a:Double", "b:Double");
        ModuleNode e = b.add("expression");
        b.param(e, "expression", "x / y");
        ModuleNode values = b.add("table");
        ModuleNode errors = b.add("table");
        b.connect(s, "a", e, "x").connect(s, "b", e, "y").connect(e, "out", values, "in1")
            .connect(e, "error", errors, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, 0).add(2000, Double.NaN, 1).add(3000, 9, 3)).run();
        assertThat(run.rows(values)).containsExactly(row(3.0));
        assertThat(run.rowTimes(values)).containsExactly(3000L);
        assertThat(run.rows(errors)).hasSize(2);
        assertThat((String) run.rows(errors).get(0).get(0)).containsIgnoringCase("division by zero");
        assertThat((String) run.rows(errors).get(1).get(0)).contains("NaN");
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void expressionThatDoesNotParseFailsTheModuleWithAClearMessage() {
        ModuleNode s = b.stream("s", "a:Double");
        ModuleNode e = b.add("expression");
        b.param(e, "expression", "x + (");
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.connect(s, "a", count, "in").connect(count, "count", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1)).run();
        assertThat(run.runtime().problems().get(e.hash)).singleElement().asString()
            .contains("x + (").contains("invalid");
        assertThat(run.runtime().module(e.hash).status()).isEqualTo(dev.rivulet.core.ModuleStatus.FAILED);
        assertThat(run.rows(table)).containsExactly(row(1.0));
    }

    @Test
    void expressionVariableNamedLikeAnOutputIsReported() {
        ModuleNode e = b.add("expression");
        b.param(e, "expression", "out * 2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()).run();
        assertThat(run.runtime().problems().get(e.hash)).singleElement().asString().contains("\"out\"");
    }
}
