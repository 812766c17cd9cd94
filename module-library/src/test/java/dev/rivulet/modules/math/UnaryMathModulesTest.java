package dev.rivulet.modules.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-input Simple Math modules: changes, reciprocal, logarithm, roots, signs, mapping and rounding. */
class UnaryMathModulesTest {
    private static final String CAT = "Time Series/Simple Math";
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private ModuleNode[] pipeline(String type, String in, String out, Object... params) {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode m = b.add(type);
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(m, (String) params[i], params[i + 1]);
        }
        ModuleNode table = b.add("table");
        b.connect(s, "v", m, in).connect(m, out, table, "in1");
        return new ModuleNode[] {m, table};
    }

    private List<Object> run(String type, double[] vs, Object... params) {
        ModuleNode[] p = pipeline(type, "in", "out", params);
        return column(new CanvasRun(b.build()).replay("s", values(vs)).run(), p[1]);
    }

    private CanvasRun runFailing(String type, Object... params) {
        ModuleNode[] p = pipeline(type, "in", "out", params);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2)).run();
        assertThat(run.rows(p[1])).isEmpty();
        return run;
    }

    private static double[] v(double... vs) {
        return vs;
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

    private static String problem(CanvasRun run) {
        return run.runtime().problems().values().stream().flatMap(List::stream).findFirst().orElse("");
    }

    private static Object defaultOf(String type, String param) {
        return CanvasRun.REGISTRY.newNode(type, 1).param(param).orElseThrow().value;
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("change-absolute", 11, "ChangeAbsolute", CAT, "Difference");
        DefinitionChecks.assertCatalogued("change-logarithmic", 87, "ChangeLogarithmic", CAT);
        DefinitionChecks.assertCatalogued("change-relative", 35, "ChangeRelative", CAT, "Return");
        DefinitionChecks.assertCatalogued("invert", 29, "Invert", CAT, "Reciprocal", "Inverse");
        DefinitionChecks.assertCatalogued("linear-mapper", 116, "LinearMapper", CAT);
        DefinitionChecks.assertCatalogued("log-natural", 115, "LogNatural", CAT);
        DefinitionChecks.assertCatalogued("modulo", 213, "Modulo", CAT);
        DefinitionChecks.assertCatalogued("negate", 28, "Negate", CAT, "Negation");
        DefinitionChecks.assertCatalogued("round-to-step", 120, "RoundToStep", CAT);
        DefinitionChecks.assertCatalogued("sign", 34, "Sign", CAT);
        DefinitionChecks.assertCatalogued("square-root", 162, "SquareRoot", CAT, "sqrt");
        assertThat(defaultOf("linear-mapper", "xMin")).isEqualTo(0.0);
        assertThat(defaultOf("linear-mapper", "xMax")).isEqualTo(1.0);
        assertThat(defaultOf("linear-mapper", "yMin")).isEqualTo(0.0);
        assertThat(defaultOf("linear-mapper", "yMax")).isEqualTo(100.0);
        assertThat(defaultOf("round-to-step", "mode")).isEqualTo(1.0);
        assertThat(defaultOf("round-to-step", "precision")).isEqualTo(0.01);
        assertThat(defaultOf("modulo", "divisor")).isEqualTo(2.0);
        ModuleNode modulo = CanvasRun.REGISTRY.newNode("modulo", 1);
        assertThat(modulo.inputs).extracting(p -> p.name).containsExactly("dividend");
        assertThat(modulo.outputs).extracting(p -> p.name).containsExactly("remainder");
        assertThat(CanvasRun.REGISTRY.newNode("square-root", 1).outputs).extracting(p -> p.name)
            .containsExactly("sqrt");
    }

    // ---- changes ------------------------------------------------------------------------------------------

    @Test
    void changeAbsoluteSendsTheDifferenceFromThePreviousValue() {
        assertThat(run("change-absolute", v(5, 7, 4, 4))).containsExactly(2.0, -3.0, 0.0);
    }

    @Test
    void changeAbsoluteStartsFromTheInitialValue() {
        ModuleNode[] p = pipeline("change-absolute", "in", "out");
        b.initialValue(p[0], "in", 10.0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(12, 11)).run();
        assertThat(column(run, p[1])).containsExactly(2.0, -1.0);
    }

    @Test
    void changeAbsolutePassesNaNOn() {
        assertThat(run("change-absolute", v(1, Double.NaN, 3))).containsExactly(Double.NaN, Double.NaN);
    }

    @Test
    void changeRelativeSendsNothingAfterAZero() {
        // 100→105 +5 %; 105→0 -100 %; 0→10 undefined; 10→5 -50 %
        assertThat(run("change-relative", v(100, 105, 0, 10, 5))).containsExactly(0.05, -1.0, -0.5);
    }

    @Test
    void changeLogarithmicSkipsZerosAndSignChanges() {
        List<Object> out = run("change-logarithmic", v(100, 110, 0, 5, -5, -10));
        // 100→110 ln 1.1; around the zero and across the sign change nothing; -5→-10 ln 2
        assertThat(out).hasSize(2);
        assertThat((Double) out.get(0)).isCloseTo(Math.log(1.1), within(1e-12));
        assertThat((Double) out.get(1)).isCloseTo(Math.log(2), within(1e-12));
    }

    @Test
    void aChangeContinuesFromThePreviousValueAfterASnapshot() {
        ModuleNode[] p = pipeline("change-absolute", "in", "out");
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", values(1, 4)).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(3000, 10));
        second.start().restore(state);
        second.run();
        assertThat(column(second, p[1])).containsExactly(6.0);
    }

    @Test
    void aChangeStartsOverAfterClearState() {
        ModuleNode[] p = pipeline("change-absolute", "in", "out");
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 4)).run();
        run.runtime().clearState();
        new ReplayLoop(run.runtime()).source(run.runtime().streamSources().get(0),
                new MemoryCursor().add(3000, 10).add(4000, 11))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        assertThat(column(run, p[1])).containsExactly(3.0, 1.0);
    }

    // ---- pointwise functions ------------------------------------------------------------------------------

    @Test
    void invertSendsNothingForZero() {
        assertThat(run("invert", v(2, 0, -4))).containsExactly(0.5, -0.25);
    }

    @Test
    void logNaturalSendsNothingForZeroOrNegatives() {
        assertThat(run("log-natural", v(Math.E, 1, 0, -1))).containsExactly(1.0, 0.0);
    }

    @Test
    void squareRootSendsNothingForNegatives() {
        ModuleNode[] p = pipeline("square-root", "in", "sqrt");
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(9, 2, -4, 0)).run();
        assertThat(column(run, p[1])).containsExactly(3.0, Math.sqrt(2), 0.0);
    }

    @Test
    void negateNeverProducesNegativeZero() {
        assertThat(run("negate", v(3, -2, 0))).containsExactly(-3.0, 2.0, 0.0);
    }

    @Test
    void signIsOneMinusOneOrZero() {
        assertThat(run("sign", v(3, -0.5, 0, -0.0))).containsExactly(1.0, -1.0, 0.0, 0.0);
    }

    @Test
    void moduloKeepsTheSignOfTheDividend() {
        ModuleNode[] p = pipeline("modulo", "dividend", "remainder", "divisor", 3);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(7, -7, 7.5)).run();
        assertThat(column(run, p[1])).containsExactly(1.0, -1.0, 1.5);
    }

    @Test
    void moduloRejectsADivisorOfZero() {
        ModuleNode[] p = pipeline("modulo", "dividend", "remainder", "divisor", 0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(7)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(problem(run)).contains("divisor");
    }

    @Test
    void linearMapperMapsAndClamps() {
        // 0..1 → 0..100: 0.5 → 50; 2 and -1 are clamped; 0.25 → 25
        assertThat(run("linear-mapper", v(0.5, 2, -1, 0.25))).containsExactly(50.0, 100.0, 0.0, 25.0);
    }

    @Test
    void linearMapperCanInvertTheRange() {
        assertThat(run("linear-mapper", v(0.25, 1.5), "yMin", 100, "yMax", 0)).containsExactly(75.0, 0.0);
    }

    @Test
    void linearMapperRejectsAnEmptyInputRange() {
        assertThat(problem(runFailing("linear-mapper", "xMin", 1, "xMax", 1))).contains("xMin");
    }

    // ---- RoundToStep --------------------------------------------------------------------------------------

    @Test
    void roundToStepRoundsUpToCentsWithoutBinaryNoise() {
        // 0.29 is already a multiple of 0.01 even though 0.29 / 0.01 = 28.999999999999996 in binary
        assertThat(run("round-to-step", v(0.29, 0.291, -0.291, 1.005))).containsExactly(0.29, 0.3, -0.29, 1.01);
    }

    @Test
    void roundToStepRoundsDown() {
        assertThat(run("round-to-step", v(0.29, 0.299, -0.291), "mode", 2)).containsExactly(0.29, 0.29, -0.3);
    }

    @Test
    void roundToStepRoundsTowardsZero() {
        assertThat(run("round-to-step", v(7, -7, 10), "mode", 3, "precision", 5)).containsExactly(5.0, -5.0, 10.0);
    }

    @Test
    void roundToStepRoundsAwayFromZero() {
        assertThat(run("round-to-step", v(7, -7, 10), "mode", 4, "precision", 5)).containsExactly(10.0, -10.0, 10.0);
    }

    @Test
    void roundToStepHandlesStepsThatAreNotDecimalFractions() {
        assertThat(run("round-to-step", v(0.3, 0.31, 1), "precision", 0.3)).containsExactly(0.3, 0.6, 1.2);
    }

    @Test
    void roundToStepRejectsAZeroPrecision() {
        assertThat(problem(runFailing("round-to-step", "precision", 0))).contains("precision");
    }

    @Test
    void roundToStepRejectsAnUnknownMode() {
        assertThat(problem(runFailing("round-to-step", "mode", 5))).contains("mode");
    }
}
