package dev.rivulet.modules.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.StreamrCodec;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Window statistics run through the engine. Several expectations are the numbers of Streamr's own module specs
 * (core-api test/unit/com/unifina/signalpath/statistics), which were checked against R.
 */
class StatisticsModulesTest {
    private static final String CAT = "Time Series/Statistics";
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    /** Stream field v → module(in) → module(out) → table; params as name/value pairs. */
    private ModuleNode[] single(String type, Object... params) {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode m = b.add(type);
        params(m, params);
        ModuleNode table = b.add("table");
        b.connect(s, "v", m, "in").connect(m, "out", table, "in1");
        return new ModuleNode[] {m, table};
    }

    /** Stream fields x, y → module(inX, inY) → the given outputs → table columns in1..inN. */
    private ModuleNode[] paired(String type, List<String> outputs, Object... params) {
        ModuleNode s = b.stream("s", "x:Double", "y:Double");
        ModuleNode m = b.add(type);
        params(m, params);
        ModuleNode table = b.add("table");
        b.connect(s, "x", m, "inX").connect(s, "y", m, "inY");
        for (int i = 0; i < outputs.size(); i++) {
            b.connect(m, outputs.get(i), table, "in" + (i + 1));
        }
        return new ModuleNode[] {m, table};
    }

    private void params(ModuleNode m, Object... params) {
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(m, (String) params[i], params[i + 1]);
        }
    }

    private static MemoryCursor values(double... vs) {
        MemoryCursor c = new MemoryCursor();
        for (int i = 0; i < vs.length; i++) {
            c.add(1000L * (i + 1), vs[i]);
        }
        return c;
    }

    private static MemoryCursor pairs(double[] xs, double[] ys) {
        MemoryCursor c = new MemoryCursor();
        for (int i = 0; i < xs.length; i++) {
            c.add(1000L * (i + 1), xs[i], ys[i]);
        }
        return c;
    }

    private static List<Object> column(CanvasRun run, ModuleNode table, int index) {
        return run.rows(table).stream().map(r -> r.get(index)).toList();
    }

    private static void assertClose(List<Object> actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat((Double) actual.get(i)).as("value " + i + " of " + actual).isCloseTo(expected[i], within(1e-7));
        }
    }

    private static Object defaultOf(String type, String param) {
        return CanvasRun.REGISTRY.newNode(type, 1).param(param).orElseThrow().value;
    }

    private static List<String> outputsOf(String type) {
        return CanvasRun.REGISTRY.newNode(type, 1).outputs.stream().map(p -> p.name).toList();
    }

    private static void continueRun(CanvasRun run, MemoryCursor more) {
        new ReplayLoop(run.runtime()).source(run.runtime().streamSources().get(0), more)
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("correlation", 54, "Correlation", CAT);
        DefinitionChecks.assertCatalogued("covariance", 56, "Covariance", CAT);
        DefinitionChecks.assertCatalogued("geometric-mean", 151, "GeometricMean", CAT);
        DefinitionChecks.assertCatalogued("kurtosis", 152, "Kurtosis", CAT);
        DefinitionChecks.assertCatalogued("percentile", 153, "Percentile", CAT);
        DefinitionChecks.assertCatalogued("population-variance", 154, "PopulationVariance", CAT);
        DefinitionChecks.assertCatalogued("skewness", 156, "Skewness", CAT);
        DefinitionChecks.assertCatalogued("spearmans-rank-correlation", 55, "SpearmansRankCorrelation", CAT);
        DefinitionChecks.assertCatalogued("standard-deviation", 138, "StandardDeviation", CAT);
        DefinitionChecks.assertCatalogued("sum-of-squares", 157, "SumOfSquares", CAT);
        DefinitionChecks.assertCatalogued("univariate-linear-regression", 51, "UnivariateLinearRegression", CAT);
        DefinitionChecks.assertCatalogued("variance", 155, "Variance", CAT);
        for (String t : List.of("geometric-mean", "kurtosis", "population-variance", "skewness", "standard-deviation",
            "sum-of-squares", "variance", "percentile")) {
            assertThat(defaultOf(t, "windowLength")).as(t).isEqualTo(0.0);
            assertThat(defaultOf(t, "windowType")).as(t).isEqualTo("events");
            assertThat(defaultOf(t, "minSamples")).as(t).isEqualTo(0.0);
            assertThat(outputsOf(t)).as(t).containsExactly("out");
        }
        assertThat(defaultOf("percentile", "percentage")).isEqualTo(25.0);
        for (String t : List.of("correlation", "covariance", "spearmans-rank-correlation")) {
            assertThat(defaultOf(t, "minSamples")).as(t).isEqualTo(2.0);
            assertThat(defaultOf(t, "windowLength")).as(t).isEqualTo(0.0);
        }
        assertThat(defaultOf("univariate-linear-regression", "minSamples")).isEqualTo(0.0);
        // Streamr's engine names these outputs corr and cov (its saved canvases connect to those names)
        assertThat(outputsOf("correlation")).containsExactly("corr");
        assertThat(outputsOf("spearmans-rank-correlation")).containsExactly("corr");
        assertThat(outputsOf("covariance")).containsExactly("cov");
        assertThat(outputsOf("univariate-linear-regression")).containsExactly("slope", "intercept", "error", "R^2");
        assertThat(CanvasRun.REGISTRY.newNode("covariance", 1).inputs).extracting(p -> p.name)
            .containsExactly("inX", "inY");
    }

    // ---- one-input statistics ------------------------------------------------------------------------------

    @Test
    void varianceOverAnEventWindowWaitsForMinSamples() {
        ModuleNode[] p = single("variance", "windowLength", 3, "minSamples", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 1, 0, -1, 13.329316686)).run();
        // Streamr's VarianceSpec: [1] is below minSamples; [1,1] 0; [1,1,0] 1/3; [1,0,-1] 1; [0,-1,13.33] 8²
        assertClose(column(run, p[1], 0), 0, 1.0 / 3, 1, 64);
    }

    @Test
    void kurtosisOverAnUnboundedWindowNeedsFourValues() {
        ModuleNode[] p = single("kurtosis");
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 3, 1.5, 6, 7, -4, 0, 31)).run();
        // Streamr's KurtosisSpec (default, unbounded window): undefined below four values, so nothing is sent
        assertClose(column(run, p[1], 0), 0.97607072, -2.6135706, 0.34848284, -0.04397045, 5.74163759);
    }

    @Test
    void geometricMeanOverAnEventWindow() {
        ModuleNode[] p = single("geometric-mean", "windowLength", 3, "minSamples", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 3, 1.5, 6, 7, 31, 8)).run();
        // Streamr's GeometricMeanSpec; e.g. (1.5·6·7)^(1/3) = 3.979
        assertClose(column(run, p[1], 0), 1.73205081, 1.65096362, 3, 3.97905721, 10.91952285, 12.01849001);
    }

    @Test
    void geometricMeanSendsNothingWhileTheWindowHoldsANegativeValue() {
        ModuleNode[] p = single("geometric-mean", "windowLength", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(4, -1, 9, 1)).run();
        // [4] 4; [4,-1] and [-1,9] are undefined; [9,1] 3
        assertClose(column(run, p[1], 0), 4, 3);
    }

    @Test
    void percentileInterpolatesBetweenTheNearestValues() {
        ModuleNode[] p = single("percentile", "windowLength", 5, "minSamples", 2, "percentage", 75);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 3, 1.5, 6, 7, 31, 8)).run();
        // Streamr's PercentileSpec: e.g. [1,3,1.5,6] → position 0.75·5 = 3.75 between 3 and 6 → 5.25
        assertClose(column(run, p[1], 0), 3, 3, 5.25, 6.5, 19, 19.5);
    }

    @Test
    void percentileRefusesAnUnboundedWindow() {
        ModuleNode[] p = single("percentile");
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2, 3)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("windowLength");
    }

    @Test
    void percentileRejectsAPercentageOfZero() {
        ModuleNode[] p = single("percentile", "windowLength", 3, "percentage", 0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2, 3)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.failures()).singleElement().asString().contains("percentage");
    }

    @Test
    void populationVarianceDividesByNAndVarianceByNMinusOne() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode pop = b.add("population-variance");
        ModuleNode var = b.add("variance");
        ModuleNode sd = b.add("standard-deviation");
        ModuleNode table = b.add("table");
        b.connect(s, "v", pop, "in").connect(s, "v", var, "in").connect(s, "v", sd, "in")
            .connect(pop, "out", table, "in1").connect(var, "out", table, "in2").connect(sd, "out", table, "in3");
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(2, 4, 4, 4, 5, 5, 7, 9)).run();
        // the classic example: mean 5, squared deviations sum to 32
        List<Object> last = run.rows(table).get(7);
        assertThat((Double) last.get(0)).isCloseTo(4.0, within(1e-12));
        assertThat((Double) last.get(1)).isCloseTo(32.0 / 7, within(1e-12));
        assertThat((Double) last.get(2)).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        // a single value has no spread
        assertThat(run.rows(table).get(0)).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void skewnessMatchesTheAdjustedFisherPearsonFormula() {
        ModuleNode[] p = single("skewness", "windowLength", 4);
        double[] data = {1, 2, 3, 10, 0};
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(data)).run();
        // defined from three values: windows [1,2,3], [1,2,3,10], [2,3,10,0]
        assertClose(column(run, p[1], 0), skewness(1, 2, 3), skewness(1, 2, 3, 10), skewness(2, 3, 10, 0));
        assertThat((Double) column(run, p[1], 0).get(0)).isCloseTo(0.0, within(1e-12));
    }

    /** n / ((n-1)(n-2)) · Σ((x - mean) / s)³ with the sample standard deviation s. */
    private static double skewness(double... xs) {
        int n = xs.length;
        double mean = Arrays.stream(xs).average().orElseThrow();
        double ss = Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum();
        double s = Math.sqrt(ss / (n - 1));
        double cubes = Arrays.stream(xs).map(x -> Math.pow((x - mean) / s, 3)).sum();
        return n / ((n - 1.0) * (n - 2.0)) * cubes;
    }

    @Test
    void sumOfSquaresOverSecondsIsUpdatedWhenValuesExpire() {
        ModuleNode[] p = single("sum-of-squares", "windowLength", 2, "windowType", "seconds");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1).add(1500, 2).add(4200, 3)).run();
        // 1; 1+4; tick 3000 expires t=1000 → 4; tick 4000 empties the window → nothing; 9
        assertClose(column(run, p[1], 0), 1, 5, 4, 9);
        assertThat(run.rowTimes(p[1])).containsExactly(1000L, 1500L, 3000L, 4200L);
    }

    @Test
    void aNaNValueMakesTheStatisticUndefinedUntilItLeavesTheWindow() {
        ModuleNode[] p = single("standard-deviation", "windowLength", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(5, Double.NaN, 7, 9)).run();
        // [5] 0; [5,NaN] and [NaN,7] undefined; [7,9] √2
        assertClose(column(run, p[1], 0), 0, Math.sqrt(2));
    }

    @Test
    void anUnboundedWindowNeverForgetsANaN() {
        ModuleNode[] p = single("standard-deviation");
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(5, Double.NaN, 7, 9)).run();
        assertClose(column(run, p[1], 0), 0);
    }

    @Test
    void statisticsRejectANegativeMinSamples() {
        ModuleNode[] p = single("variance", "minSamples", -1);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("minSamples");
    }

    @Test
    void aBadWindowLengthKeepsTheModuleFromSending() {
        ModuleNode[] p = single("variance", "windowLength", 2.5);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2, 3)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("windowLength");
    }

    @Test
    void anUnboundedRunningStatisticSurvivesASnapshot() {
        ModuleNode[] p = single("variance");
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", values(1, 2, 3)).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(4000, 4));
        second.start().restore(state);
        second.run();
        // variance of 1, 2, 3, 4
        assertClose(column(second, p[1], 0), 5.0 / 3);
    }

    @Test
    void aWindowedStatisticSurvivesASnapshot() {
        ModuleNode[] p = single("sum-of-squares", "windowLength", 2);
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", values(1, 2, 3)).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(4000, 4));
        second.start().restore(state);
        second.run();
        assertClose(column(second, p[1], 0), 25);
    }

    @Test
    void clearStateStartsTheStatisticOver() {
        ModuleNode[] p = single("variance");
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 3)).run();
        run.runtime().clearState();
        continueRun(run, new MemoryCursor().add(3000, 10).add(4000, 12));
        // 0, 2 before the clear; 0, 2 again after it (10 and 12 alone)
        assertClose(column(run, p[1], 0), 0, 2, 0, 2);
    }

    // ---- paired statistics ---------------------------------------------------------------------------------

    @Test
    void correlationOverAnEventWindow() {
        ModuleNode[] p = paired("correlation", List.of("corr"), "windowLength", 3, "minSamples", 3);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", pairs(new double[] {1, 4, 0.5, 6, 3, 7, 10}, new double[] {2, 8, 1, 12, 9, 14, 21})).run();
        // Streamr's PearsonsCorrelationSpec
        assertClose(column(run, p[1], 0), 1, 1, 0.95261293, 0.98624138, 0.98416045);
    }

    @Test
    void correlationSendsNothingWhileASeriesIsConstant() {
        ModuleNode[] p = paired("correlation", List.of("corr"));
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", pairs(new double[] {1, 2, 3}, new double[] {5, 5, 5})).run();
        assertThat(run.rows(p[1])).isEmpty();
    }

    @Test
    void covarianceOverAnEventWindow() {
        ModuleNode[] p = paired("covariance", List.of("cov"), "windowLength", 4, "minSamples", 4);
        CanvasRun run = new CanvasRun(b.build()).replay("s", pairs(new double[] {1, 4, 0.5, 6, 3, 7, 10, 5},
            new double[] {2, 8, 1, 12, 6.15, 14.5, 21.5, 10})).run();
        // Streamr's CovarianceSpec
        assertClose(column(run, p[1], 0), 13.45833333, 10.43958333, 17.88125, 18.325, 19.67083333);
    }

    @Test
    void covarianceStartsAtTwoPairsByDefault() {
        ModuleNode[] p = paired("covariance", List.of("cov"));
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", pairs(new double[] {1, 2, 3}, new double[] {2, 4, 6})).run();
        // ([1,2],[2,4]) → (0.5·1 + 0.5·1) / 1 = 1; ([1,2,3],[2,4,6]) → (2 + 0 + 2) / 2 = 2
        assertClose(column(run, p[1], 0), 1, 2);
    }

    @Test
    void pairsUseTheHeldValueOfTheInputThatDidNotFire() {
        ModuleNode[] p = paired("covariance", List.of("cov"));
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, 1).add(2000, 2, null).add(3000, 3, 3)).run();
        // pairs (1,1), (2,1), (3,3): covariance 0, then (2/3 + 0 + 4/3) / 2 = 1
        assertClose(column(run, p[1], 0), 0, 1);
    }

    @Test
    void pairedWindowsOverSecondsExpireTogether() {
        ModuleNode[] p = paired("covariance", List.of("cov"), "windowLength", 2, "windowType", "seconds");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, 1).add(1500, 2, 3).add(2500, 3, 2)).run(Long.MIN_VALUE, 5000);
        // 1500: ([1,2],[1,3]) 1; 2500: ([1,2,3],[1,3,2]) 0.5; tick 3000 drops t=1000: ([2,3],[3,2]) -0.5;
        // tick 4000 leaves one pair, below minSamples
        assertClose(column(run, p[1], 0), 1, 0.5, -0.5);
        assertThat(run.rowTimes(p[1])).containsExactly(1500L, 2500L, 3000L);
    }

    @Test
    void spearmanCorrelatesTheRanks() {
        ModuleNode[] p = paired("spearmans-rank-correlation", List.of("corr"));
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", pairs(new double[] {1, 2, 3, 4}, new double[] {10, 20, 5, 30})).run();
        // ranks of y: (1,2) → 1; (2,3,1) → 1 - 6·6/(3·8) = -0.5; (2,3,1,4) → 1 - 6·6/(4·15) = 0.4
        assertClose(column(run, p[1], 0), 1, -0.5, 0.4);
    }

    @Test
    void spearmanIgnoresMonotonicTransformations() {
        ModuleNode[] p = paired("spearmans-rank-correlation", List.of("corr"), "windowLength", 3);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", pairs(new double[] {1, 2, 3, 4}, new double[] {1, 8, 27, 64})).run();
        assertClose(column(run, p[1], 0), 1, 1, 1);
    }

    @Test
    void spearmanSendsNothingWhileAPairHoldsNaN() {
        ModuleNode[] p = paired("spearmans-rank-correlation", List.of("corr"), "windowLength", 2);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", pairs(new double[] {1, Double.NaN, 3, 4}, new double[] {1, 2, 3, 5})).run();
        assertClose(column(run, p[1], 0), 1);
    }

    private static final List<String> FIT = List.of("slope", "intercept", "error", "R^2");

    @Test
    void linearRegressionOverAnEventWindow() {
        ModuleNode[] p = paired("univariate-linear-regression", FIT, "windowLength", 3, "minSamples", 3);
        CanvasRun run = new CanvasRun(b.build()).replay("s",
            pairs(new double[] {1, 2, 3, 4, 5, 6, 7}, new double[] {1, 2, 3, 4, 5.1, 5.9, 13})).run();
        // Streamr's LinearRegressionXYSpec; intercepts from mean(y) - slope·mean(x)
        assertClose(column(run, p[1], 0), 1, 1, 1.05, 0.95, 3.95);
        assertClose(column(run, p[1], 1), 0, 0, 4.1 - 1.05 * 4 - 0.0666666667, 0.25, -15.7);
        assertClose(column(run, p[1], 2), 0, 0, 0.00166667, 0.015, 6.615);
        assertClose(column(run, p[1], 3), 1, 1, 0.99924471, 0.99175824, 0.82509254);
    }

    @Test
    void linearRegressionSendsOnlyWhatIsDefined() {
        ModuleNode[] p = paired("univariate-linear-regression", FIT);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", pairs(new double[] {1, 2, 3}, new double[] {1, 3, 5})).run();
        // one pair: nothing; two: a line but no error (n - 2 = 0); three: everything
        assertThat(run.rows(p[1])).hasSize(2);
        List<Object> two = run.rows(p[1]).get(0);
        assertThat((Double) two.get(0)).isCloseTo(2, within(1e-12));
        assertThat((Double) two.get(1)).isCloseTo(-1, within(1e-12));
        assertThat(two.get(2)).isNull();
        assertThat((Double) two.get(3)).isCloseTo(1, within(1e-12));
        assertThat((Double) run.rows(p[1]).get(1).get(2)).isCloseTo(0, within(1e-12));
    }

    @Test
    void linearRegressionOfAConstantXHasNoLine() {
        ModuleNode[] p = paired("univariate-linear-regression", FIT);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", pairs(new double[] {2, 2, 2}, new double[] {1, 3, 5})).run();
        List<List<Object>> rows = new ArrayList<>(run.rows(p[1]));
        rows.removeIf(r -> r.get(0) == null && r.get(1) == null);
        assertThat(rows).isEmpty();
    }

    @Test
    void anUnboundedRegressionSurvivesASnapshot() {
        ModuleNode[] p = paired("univariate-linear-regression", List.of("slope", "intercept"));
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", pairs(new double[] {1, 2}, new double[] {1, 4})).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(3000, 3, 7));
        second.start().restore(state);
        second.run();
        // (1,1), (2,4), (3,7) lie on y = 3x - 2
        assertThat(second.rows(p[1])).hasSize(1);
        assertThat((Double) second.rows(p[1]).get(0).get(0)).isCloseTo(3, within(1e-12));
        assertThat((Double) second.rows(p[1]).get(0).get(1)).isCloseTo(-2, within(1e-12));
    }

    @Test
    void aSlidingCorrelationSurvivesASnapshot() {
        ModuleNode[] p = paired("correlation", List.of("corr"), "windowLength", 3);
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", pairs(new double[] {1, 2, 3}, new double[] {1, 2, 3})).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(4000, 4, 0));
        second.start().restore(state);
        second.run();
        // window ([2,3,4],[2,3,0]): r = -0.6546537
        assertClose(column(second, p[1], 0), -3 / Math.sqrt(21));
    }

    @Test
    void aSavedStreamrCorrelationKeepsItsConnectionFromCorr() throws Exception {
        // Streamr's engine names the output "corr" (PearsonsCorrelation.getOutputName), so saved canvases use it
        String json = """
            {"id": "c1", "name": "Saved", "settings": {}, "modules": [
             {"id": 5, "hash": 1, "name": "Constant", "params": [{"id": "ep_k1", "name": "constant", "value": 2}],
              "inputs": [], "outputs": [{"id": "ep_c", "name": "out", "type": "Double", "connected": true}]},
             {"id": 5, "hash": 2, "name": "Constant", "params": [{"id": "ep_k2", "name": "constant", "value": 3}],
              "inputs": [], "outputs": [{"id": "ep_d", "name": "out", "type": "Double", "connected": true}]},
             {"id": 54, "hash": 3, "name": "Correlation",
              "params": [{"id": "ep_w", "name": "windowLength", "value": 0},
                         {"id": "ep_t", "name": "windowType", "value": "EVENTS"},
                         {"id": "ep_m", "name": "minSamples", "value": 2}],
              "inputs": [{"id": "ep_x", "name": "inX", "connected": true, "sourceId": "ep_c"},
                         {"id": "ep_y", "name": "inY", "connected": true, "sourceId": "ep_d"}],
              "outputs": [{"id": "ep_corr", "name": "corr", "type": "Double", "connected": true}]},
             {"id": 145, "hash": 4, "name": "Label", "params": [], "outputs": [],
              "inputs": [{"id": "ep_l", "name": "label", "connected": true, "sourceId": "ep_corr"}]}]}
            """;
        List<String> problems = new ArrayList<>();
        CanvasDocument doc = new StreamrCodec(CanvasRun.REGISTRY).read(json, "saved.json", problems);
        assertThat(problems).isEmpty();
        assertThat(doc.connections).anyMatch(c -> c.from.port.equals("corr"));
        assertThat(new CanvasRun(doc).start().problems()).isEmpty();
    }
}
