package dev.rivulet.modules.timeseries;

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
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ARIMA (Time Series/Prediction), FlexBarify (Time Series Utils) and RandomNumberGaussian (Random). */
class ArimaFlexBarifyGaussianTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

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

    private static void assertClose(List<Object> actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat((Double) actual.get(i)).as("value " + i + " of " + actual).isCloseTo(expected[i], within(1e-9));
        }
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("arima", 98, "ARIMA", "Time Series/Prediction");
        DefinitionChecks.assertCatalogued("flex-barify", 158, "FlexBarify", "Time Series/Time Series Utils");
        DefinitionChecks.assertCatalogued("random-number-gaussian", 563, "RandomNumberGaussian", "Time Series/Random");
        ModuleNode arima = CanvasRun.REGISTRY.newNode("arima", 1);
        assertThat(arima.params).isEmpty();
        assertThat(arima.outputs).extracting(p -> p.name).containsExactly("pred");
        assertThat(arima.options).containsOnlyKeys("AR(p)", "I(d)", "MA(q)");
        ModuleNode flex = CanvasRun.REGISTRY.newNode("flex-barify", 1);
        assertThat(flex.param("barLength").orElseThrow().value).isEqualTo(5000.0);
        assertThat(flex.inputs).extracting(p -> p.name).containsExactly("valueLength", "value");
        assertThat(flex.input("value").orElseThrow().driving).isFalse();
        assertThat(flex.outputs).extracting(p -> p.name).containsExactly("open", "high", "low", "close", "avg", "sum");
        ModuleNode gauss = CanvasRun.REGISTRY.newNode("random-number-gaussian", 1);
        assertThat(gauss.param("mean").orElseThrow().value).isEqualTo(0.0);
        assertThat(gauss.param("sd").orElseThrow().value).isEqualTo(1.0);
        // a fixed default (0 = a new random sequence each run) keeps newly created canvases identical
        assertThat(gauss.options.get("seed").value).isEqualTo(0);
    }

    // ---- ARIMA --------------------------------------------------------------------------------------------

    /** Stream v → ARIMA with the given orders and coefficients → table. */
    private ModuleNode[] arima(int p, int d, int q, Object... coefficients) {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode m = b.add("arima");
        b.option(m, "AR(p)", p).option(m, "I(d)", d).option(m, "MA(q)", q);
        for (int i = 0; i + 1 < coefficients.length; i += 2) {
            b.param(m, (String) coefficients[i], coefficients[i + 1]);
        }
        ModuleNode table = b.add("table");
        b.connect(s, "v", m, "in").connect(m, "pred", table, "in1");
        return new ModuleNode[] {m, table};
    }

    private List<Object> runArima(ModuleNode[] p, double... vs) {
        return column(new CanvasRun(b.build()).replay("s", values(vs)).run(), p[1]);
    }

    @Test
    void arimaOptionsCreateTheCoefficientParameters() {
        ModuleNode[] p = arima(2, 1, 1);
        assertThat(p[0].params).extracting(x -> x.name).containsExactly("ar1", "ar2", "ma1");
        assertThat(p[0].params).allSatisfy(x -> assertThat(x.value).isEqualTo(0.0));
    }

    @Test
    void aSavedStreamrArimaGetsItsCoefficientsBack() throws Exception {
        // Streamr saves the orders as options and the coefficients as parameters created from them
        String json = """
            {"id": "c1", "name": "Saved", "settings": {}, "modules": [
             {"id": 98, "hash": 1, "name": "ARIMA",
              "options": {"AR(p)": {"value": 2, "type": "int"}, "I(d)": {"value": 1, "type": "int"},
                          "MA(q)": {"value": 0, "type": "int"}},
              "params": [{"id": "ep_a1", "name": "ar1", "value": 0.5}, {"id": "ep_a2", "name": "ar2", "value": "0.25"}],
              "inputs": [{"id": "ep_in", "name": "in", "connected": false}],
              "outputs": [{"id": "ep_pred", "name": "pred", "type": "Double", "connected": false}]}]}
            """;
        List<String> problems = new ArrayList<>();
        CanvasDocument doc = new StreamrCodec(CanvasRun.REGISTRY).read(json, "saved.json", problems);
        assertThat(problems).isEmpty();
        CanvasRun run = new CanvasRun(doc);
        assertThat(run.start().problems()).isEmpty();
        dev.rivulet.core.ModuleInstance m = run.runtime().module(1);
        assertThat(m.param("ar1").getDouble()).isEqualTo(0.5);
        assertThat(m.param("ar2").getDouble()).isEqualTo(0.25);
    }

    @Test
    void arimaWithoutTermsPredictsZeroAsStreamrDid() {
        assertThat(runArima(arima(0, 0, 0), 5, 7, 6)).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void arimaWithOneDifferencePredictsTheCurrentValue() {
        // ARIMA(0,1,0) is a random walk; the first value only primes the differencing
        assertThat(runArima(arima(0, 1, 0), 5, 7, 6)).containsExactly(7.0, 6.0);
    }

    @Test
    void arimaWithTwoDifferencesExtrapolatesLinearly() {
        // 1, 4, 9 → second difference primed at 9: 9 + 5 = 14; 16 → 16 + 7 = 23
        assertThat(runArima(arima(0, 2, 0), 1, 4, 9, 16)).containsExactly(14.0, 23.0);
    }

    @Test
    void arimaAutoregressionWeighsTheNewestValueWithAr1() {
        // [4,8] → 0.5·8 + 0.25·4 = 5; [8,2] → 1 + 2 = 3; [2,6] → 3 + 0.5 = 3.5
        assertClose(runArima(arima(2, 0, 0, "ar1", 0.5, "ar2", 0.25), 4, 8, 2, 6), 5, 3, 3.5);
    }

    @Test
    void arimaMovingAverageUsesThePredictionErrors() {
        // errors start at 0: 0; 4 - 0 = 4 → 2; 1 - 2 = -1 → -0.5
        assertClose(runArima(arima(0, 0, 1, "ma1", 0.5), 2, 4, 1), 0, 2, -0.5);
    }

    @Test
    void arimaCombinesAllThreeParts() {
        // 12: w 2 → 0.5·2 + 12 = 13; 15: w 3, e 2 → 1.5 + 0.4 + 15 = 16.9; 14: w -1, e -2.9 → -0.5 - 0.58 + 14
        assertClose(runArima(arima(1, 1, 1, "ar1", 0.5, "ma1", 0.2), 10, 12, 15, 14), 13, 16.9, 12.92);
    }

    @Test
    void arimaRejectsANegativeOrder() {
        ModuleNode[] p = arima(-1, 0, 0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(1, 2)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("AR(p)");
    }

    @Test
    void arimaContinuesItsModelAfterASnapshot() {
        ModuleNode[] p = arima(1, 1, 1, "ar1", 0.5, "ma1", 0.2);
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", values(10, 12)).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(3000, 15).add(4000, 14));
        second.start().restore(state);
        second.run();
        assertClose(column(second, p[1]), 16.9, 12.92);
    }

    @Test
    void arimaStartsOverAfterClearState() {
        ModuleNode[] p = arima(0, 1, 0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", values(5, 7)).run();
        run.runtime().clearState();
        new ReplayLoop(run.runtime()).source(run.runtime().streamSources().get(0),
                new MemoryCursor().add(3000, 1).add(4000, 2))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        assertThat(column(run, p[1])).containsExactly(7.0, 2.0);
    }

    // ---- FlexBarify ---------------------------------------------------------------------------------------

    private ModuleNode[] flexBarify(Object barLength) {
        ModuleNode s = b.stream("s", "len:Double", "v:Double");
        ModuleNode m = b.add("flex-barify");
        b.param(m, "barLength", barLength);
        ModuleNode table = b.add("table");
        b.connect(s, "len", m, "valueLength").connect(s, "v", m, "value");
        String[] outs = {"open", "high", "low", "close", "avg", "sum"};
        for (int i = 0; i < outs.length; i++) {
            b.connect(m, outs[i], table, "in" + (i + 1));
        }
        return new ModuleNode[] {m, table};
    }

    private static MemoryCursor trades(double[] lengths, double[] prices) {
        MemoryCursor c = new MemoryCursor();
        for (int i = 0; i < lengths.length; i++) {
            c.add(1000L * (i + 1), lengths[i], prices[i]);
        }
        return c;
    }

    @Test
    void flexBarifyClosesABarWhenTheLengthsReachBarLength() {
        ModuleNode[] p = flexBarify(60);
        CanvasRun run = new CanvasRun(b.build()).replay("s", trades(
            new double[] {20, 20, 20, 10, 10, 10, 10, 10, 10},
            new double[] {3, 3.5, 3.2, 2.8, 2.1, 2.0, 3.05, 3.11, 2.99})).run();
        // Streamr's FlexBarifySpec: the value completing a bar closes it but weighs in the next one
        List<List<Object>> rows = run.rows(p[1]);
        assertThat(rows).hasSize(2);
        assertClose(rows.get(0), 3, 3.5, 3, 3.2, 3.25, 130);
        assertClose(rows.get(1), 3.2, 3.2, 2.0, 2.99, 2.78, 194.6);
        assertThat(run.rowTimes(p[1])).containsExactly(3000L, 9000L);
    }

    @Test
    void flexBarifyIsDrivenByValueLengthOnly() {
        ModuleNode[] p = flexBarify(10);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 5, 1).add(2000, null, 9)
            .add(3000, 5, 2)).run();
        // the lone value 9 is only stored; the bar closes on the second length with the latest value 2
        assertThat(run.rows(p[1])).hasSize(1);
        assertClose(run.rows(p[1]).get(0), 1, 1, 1, 2, 1, 5);
    }

    @Test
    void flexBarifyRejectsANegativeValueLength() {
        ModuleNode[] p = flexBarify(10);
        CanvasRun run = new CanvasRun(b.build()).replay("s", trades(new double[] {-5}, new double[] {1})).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.failures()).singleElement().asString().contains("valueLength");
    }

    @Test
    void flexBarifyRejectsABarLengthOfZero() {
        ModuleNode[] p = flexBarify(0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", trades(new double[] {5}, new double[] {1})).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("barLength");
    }

    @Test
    void flexBarifyContinuesTheOpenBarAfterASnapshot() {
        ModuleNode[] p = flexBarify(10);
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", trades(new double[] {4, 4}, new double[] {5, 7})).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(3000, 4, 6));
        second.start().restore(state);
        second.run();
        assertThat(second.rows(p[1])).hasSize(1);
        assertClose(second.rows(p[1]).get(0), 5, 7, 5, 6, 6, 48);
    }

    // ---- RandomNumberGaussian -----------------------------------------------------------------------------

    private ModuleNode[] gaussian(int seed, Object... params) {
        ModuleNode s = b.stream("s", "t:String");
        ModuleNode m = b.add("random-number-gaussian");
        b.option(m, "seed", seed);
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(m, (String) params[i], params[i + 1]);
        }
        ModuleNode table = b.add("table");
        b.connect(s, "t", m, "trigger").connect(m, "out", table, "in1");
        return new ModuleNode[] {m, table};
    }

    private static MemoryCursor triggers(int n, long from) {
        MemoryCursor c = new MemoryCursor();
        for (int i = 0; i < n; i++) {
            c.add(from + 1000L * i, "go");
        }
        return c;
    }

    private static List<Double> javaGaussians(int seed, int n, double mean, double sd) {
        Random r = new Random(seed);
        List<Double> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(r.nextGaussian() * sd + mean);
        }
        return list;
    }

    @Test
    void gaussianDrawsStreamrsSequenceForTheSeed() {
        ModuleNode[] p = gaussian(666, "mean", 10, "sd", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", triggers(5, 1000)).run();
        assertThat(column(run, p[1])).isEqualTo(new ArrayList<Object>(javaGaussians(666, 5, 10, 2)));
    }

    @Test
    void gaussianNumbersHaveTheRequestedMeanAndSpread() {
        ModuleNode[] p = gaussian(42, "mean", 10, "sd", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", triggers(4000, 1000)).run();
        double[] xs = column(run, p[1]).stream().mapToDouble(o -> (Double) o).toArray();
        double mean = java.util.Arrays.stream(xs).average().orElseThrow();
        double var = java.util.Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum() / (xs.length - 1);
        assertThat(mean).isCloseTo(10, within(0.15));
        assertThat(Math.sqrt(var)).isCloseTo(2, within(0.15));
    }

    @Test
    void gaussianWithSeedZeroDrawsADifferentSequenceEachRun() {
        ModuleNode[] p = gaussian(0);
        CanvasDocument doc = b.build();
        List<Object> first = column(new CanvasRun(doc).replay("s", triggers(3, 1000)).run(), p[1]);
        List<Object> second = column(new CanvasRun(doc).replay("s", triggers(3, 1000)).run(), p[1]);
        assertThat(first).hasSize(3).isNotEqualTo(second);
    }

    @Test
    void gaussianWithZeroSdSendsTheMean() {
        ModuleNode[] p = gaussian(1, "mean", 3, "sd", 0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", triggers(2, 1000)).run();
        assertThat(column(run, p[1])).containsExactly(3.0, 3.0);
    }

    @Test
    void gaussianRejectsANegativeSd() {
        ModuleNode[] p = gaussian(1, "sd", -1);
        CanvasRun run = new CanvasRun(b.build()).replay("s", triggers(2, 1000)).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString().contains("sd");
    }

    @Test
    void gaussianRestartsItsSequenceOnClearState() {
        ModuleNode[] p = gaussian(7);
        CanvasRun run = new CanvasRun(b.build()).replay("s", triggers(2, 1000)).run();
        run.runtime().clearState();
        new ReplayLoop(run.runtime()).source(run.runtime().streamSources().get(0), triggers(2, 5000))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        List<Double> twice = new ArrayList<>(javaGaussians(7, 2, 0, 1));
        twice.addAll(javaGaussians(7, 2, 0, 1));
        assertThat(column(run, p[1])).isEqualTo(new ArrayList<Object>(twice));
    }

    @Test
    void gaussianContinuesItsSequenceAfterASnapshot() {
        ModuleNode[] p = gaussian(9);
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", triggers(3, 1000)).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", triggers(2, 10000));
        second.start().restore(state);
        second.run();
        assertThat(column(second, p[1])).isEqualTo(new ArrayList<Object>(javaGaussians(9, 5, 0, 1).subList(3, 5)));
    }
}
