package dev.rivulet.modules.analytics;

import static dev.rivulet.modules.analytics.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

/** ZScoreAnomaly, GeoDistance, Geofence and UnitConversion through the engine. */
class AnomalyGeoUnitsTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private static List<Object> column(List<List<Object>> rows, int i) {
        List<Object> c = new ArrayList<>();
        for (List<Object> r : rows) {
            c.add(r.get(i));
        }
        return c;
    }

    // ---- ZScoreAnomaly --------------------------------------------------------------------------------------

    private ModuleNode zscore(ModuleNode[] tableOut, Object... params) {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode z = b.add("z-score-anomaly");
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(z, (String) params[i], params[i + 1]);
        }
        ModuleNode table = b.add("table");
        b.connect(s, "x", z, "in").connect(z, "z", table, "in1").connect(z, "anomaly", table, "in2");
        tableOut[0] = table;
        return z;
    }

    @Test
    void zScoreScoresEachValueAgainstThePrecedingWindow() {
        ModuleNode[] t = new ModuleNode[1];
        zscore(t, "windowLength", 4, "minSamples", 3, "threshold", 2);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, 1).add(2000, 2).add(3000, 3).add(4000, 10).add(5000, 2).add(6000, 2)).run();
        List<List<Object>> rows = run.rows(t[0]);
        assertThat(rows).hasSize(3);
        // 10 against 1, 2, 3: mean 2, sample sd 1 -> z 8
        assertThat((double) rows.get(0).get(0)).isCloseTo(8.0, within(1e-12));
        assertThat(rows.get(0).get(1)).isEqualTo(true);
        // 2 against 1, 2, 3, 10: mean 4, squares 9 + 4 + 1 + 36 = 50, sd sqrt(50 / 3) -> z -2 / 4.0825 = -0.4899
        assertThat((double) rows.get(1).get(0)).isCloseTo(-2 / Math.sqrt(50.0 / 3), within(1e-12));
        assertThat(rows.get(1).get(1)).isEqualTo(false);
        // 2 against 2, 3, 10, 2 (1 left the window): mean 4.25, squares 44.75 -> z -2.25 / sqrt(44.75 / 3)
        assertThat((double) rows.get(2).get(0)).isCloseTo(-2.25 / Math.sqrt(44.75 / 3), within(1e-12));
    }

    @Test
    void zScoreOfAFlatWindowIsZeroOrInfiniteAndNaNIsIgnored() {
        ModuleNode[] t = new ModuleNode[1];
        zscore(t, "windowLength", 0, "minSamples", 3);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, 5).add(2000, 5).add(3000, Double.NaN).add(4000, 5).add(5000, 5).add(6000, 4)).run();
        assertThat(run.rows(t[0])).containsExactly(row(0.0, false), row(Double.NEGATIVE_INFINITY, true));
    }

    @Test
    void zScoreMatchesATwoPassComputationOverALongSlidingRun() {
        ModuleNode[] t = new ModuleNode[1];
        zscore(t, "windowLength", 50, "minSamples", 2);
        Random random = new Random(42);
        double[] values = new double[2000];
        MemoryCursor c = new MemoryCursor();
        for (int i = 0; i < values.length; i++) {
            // a drifting level far from 0, where naive sums of squares lose precision
            values[i] = 1e6 + i * 0.5 + random.nextGaussian() * 3;
            c.add(1000L + i, values[i]);
        }
        CanvasRun run = new CanvasRun(b.build()).replay("s", c).run();
        List<Object> z = column(run.rows(t[0]), 0);
        assertThat(z).hasSize(values.length - 2);
        for (int i = 2; i < values.length; i++) {
            double[] window = Arrays.copyOfRange(values, Math.max(0, i - 50), i);
            double expected = (values[i] - new Mean().evaluate(window)) / new StandardDeviation().evaluate(window);
            assertThat((double) z.get(i - 2)).as("z of value " + i).isCloseTo(expected, within(1e-6));
        }
    }

    @Test
    void zScoreRefusesTooFewSamplesAndAMinimumTheWindowCannotHold() {
        ModuleNode[] t = new ModuleNode[1];
        ModuleNode one = zscore(t, "minSamples", 1);
        ModuleNode big = b.add("z-score-anomaly");
        b.param(big, "windowLength", 5).param(big, "minSamples", 6);
        ModuleNode flat = b.add("z-score-anomaly");
        b.param(flat, "threshold", 0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()).run();
        assertThat(Fixtures.startFailures(run, one.hash)).singleElement().asString()
            .contains("minSamples must be a whole number from 2");
        assertThat(Fixtures.startFailures(run, big.hash)).singleElement().asString()
            .contains("minSamples (6) cannot exceed windowLength (5)");
        assertThat(Fixtures.startFailures(run, flat.hash)).singleElement().asString()
            .contains("threshold must be a number above 0, got 0");
    }

    // ---- GeoDistance ----------------------------------------------------------------------------------------

    @Test
    void geoDistanceIsTheHaversineDistanceOnTheMeanEarthRadius() {
        ModuleNode s = b.stream("s", "lat1:Double", "lon1:Double", "lat2:Double", "lon2:Double");
        ModuleNode d = b.add("geo-distance");
        ModuleNode table = b.add("table");
        for (String p : List.of("lat1", "lon1", "lat2", "lon2")) {
            b.connect(s, p, d, p);
        }
        b.connect(d, "meters", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, 0, 0, 1, 0)                 // one degree of a meridian: R x pi / 180
            .add(2000, 0, 179.5, 0, -179.5)        // across the date line: also one degree
            .add(3000, 52.52, 13.405, 52.52, 13.405)
            .add(4000, 52.52, 13.405, 48.8566, 2.3522)   // Berlin to Paris
            .add(5000, 91, 0, 0, 0)).run();
        List<Object> m = column(run.rows(table), 0);
        double degree = 6_371_008.8 * Math.PI / 180;   // 111 195.08 m
        assertThat((double) m.get(0)).isCloseTo(degree, within(1e-6));
        assertThat((double) m.get(1)).isCloseTo(degree, within(1e-6));
        assertThat((double) m.get(2)).isEqualTo(0.0);
        // about 877.5 km; the ellipsoidal geodesic is 878.8 km, 0.15 % more
        assertThat((double) m.get(3)).isCloseTo(877_464.5, within(1.0));
        assertThat(m).hasSize(4);
        assertThat(run.failures()).singleElement().asString()
            .contains("point 1: latitude must be between -90 and 90, got 91");
    }

    // ---- Geofence -------------------------------------------------------------------------------------------

    private ModuleNode geofence(ModuleNode[] tableOut, boolean withId, Object... params) {
        ModuleNode s = b.stream("s", "lat:Double", "lon:Double", "id:String");
        ModuleNode g = b.add("geofence");
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(g, (String) params[i], params[i + 1]);
        }
        ModuleNode table = b.add("table");
        b.connect(s, "lat", g, "lat").connect(s, "lon", g, "lon");
        if (withId) {
            b.connect(s, "id", g, "id");
        }
        b.connect(g, "inside", table, "in1").connect(g, "entered", table, "in2").connect(g, "exited", table, "in3");
        tableOut[0] = table;
        return g;
    }

    @Test
    void geofencePolygonTracksEachIdEnteringAndLeaving() {
        ModuleNode[] t = new ModuleNode[1];
        geofence(t, true, "polygon", "[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, 0.5, 0.5, "car")     // first seen inside: entered
            .add(2000, 2, 2, "bus")         // first seen outside: nothing
            .add(3000, 0.5, 1.5, "car")     // left
            .add(4000, 0.5, 1.2, "car")     // still outside
            .add(5000, 0.9, 0.1, "bus")     // the bus enters
            .add(6000, 0.2, 0.2, "car")).run();
        assertThat(run.rows(t[0])).containsExactly(row(true, true, null), row(false, null, null),
            row(false, null, true), row(false, null, null), row(true, true, null), row(true, true, null));
    }

    @Test
    void geofenceCircleWithoutIdIsOneObjectAndTheRadiusIsInclusive() {
        ModuleNode[] t = new ModuleNode[1];
        geofence(t, false, "shape", "circle", "centerLat", 0, "centerLon", 0, "radiusMeters", 50_000);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, 0.4, 0, "a")       // 44.5 km from the centre
            .add(2000, 0, 0.4, "b")       // another id, but ids are not connected: the same object
            .add(3000, 0.6, 0, "a")).run();   // 66.7 km
        assertThat(run.rows(t[0])).containsExactly(row(true, true, null), row(true, null, null),
            row(false, null, true));
    }

    @Test
    void geofenceRefusesAMissingOrMalformedArea() {
        ModuleNode[] t = new ModuleNode[1];
        ModuleNode empty = geofence(t, false);
        ModuleNode two = b.add("geofence");
        b.param(two, "polygon", "[[0, 0], [1, 1]]");
        ModuleNode bad = b.add("geofence");
        b.param(bad, "polygon", "[[0, 0], [1, \"x\"], [1, 0]]");
        ModuleNode circle = b.add("geofence");
        b.param(circle, "shape", "circle");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 0, 0, "a")).run();
        assertThat(Fixtures.startFailures(run, empty.hash)).singleElement().asString().contains("polygon is empty");
        assertThat(Fixtures.startFailures(run, two.hash)).singleElement().asString()
            .contains("polygon needs at least 3 corners, got 2");
        assertThat(Fixtures.startFailures(run, bad.hash)).singleElement().asString()
            .contains("polygon corner 2 must be a pair of numbers [lat, lon]");
        assertThat(Fixtures.startFailures(run, circle.hash)).singleElement().asString()
            .contains("radiusMeters must be above 0, got 0");
        assertThat(run.rows(t[0])).isEmpty();
    }

    // ---- UnitConversion -------------------------------------------------------------------------------------

    private CanvasRun convert(String from, String to, double... values) {
        CanvasBuilder cb = new CanvasBuilder(CanvasRun.REGISTRY);
        ModuleNode s = cb.stream("s", "x:Double");
        ModuleNode u = cb.add("unit-conversion");
        cb.param(u, "from", from).param(u, "to", to);
        ModuleNode table = cb.add("table");
        cb.connect(s, "x", u, "in").connect(u, "out", table, "in1");
        MemoryCursor c = new MemoryCursor();
        for (int i = 0; i < values.length; i++) {
            c.add(1000L * (i + 1), values[i]);
        }
        return new CanvasRun(cb.build()).replay("s", c).run();
    }

    private static List<Object> converted(CanvasRun run) {
        ModuleNode table = run.runtime().document().modules.get(2);
        return column(run.rows(table), 0);
    }

    @Test
    void unitConversionConvertsWithinEachQuantity() {
        assertThat((double) converted(convert("km", "mi", 10)).get(0)).isCloseTo(10_000 / 1609.344, within(1e-12));
        assertThat(converted(convert("C", "F", 100, -40, 0))).containsExactly(212.0, -40.0, 32.0);
        assertThat((double) converted(convert("F", "K", 32)).get(0)).isCloseTo(273.15, within(1e-9));
        assertThat((double) converted(convert("kWh", "J", 1.5)).get(0)).isCloseTo(5.4e6, within(1e-6));
        assertThat((double) converted(convert("km/h", "kn", 1.852)).get(0)).isCloseTo(1.0, within(1e-12));
        assertThat((double) converted(convert("bar", "psi", 1)).get(0)).isCloseTo(14.503773773, within(1e-8));
        assertThat((double) converted(convert("hp", "kW", 1)).get(0)).isCloseTo(0.74569987, within(1e-8));
        assertThat((double) converted(convert("lb", "kg", 1)).get(0)).isEqualTo(0.45359237);
        assertThat((double) converted(convert("h", "min", 1.5)).get(0)).isEqualTo(90.0);
        // names and case-insensitive codes work too
        assertThat(converted(convert("kilometre", "M", 2))).containsExactly(2000.0);
    }

    @Test
    void unitConversionRefusesIncompatibleAndUnknownUnitsAtStart() {
        CanvasRun incompatible = convert("C", "m", 1);
        assertThat(converted(incompatible)).isEmpty();
        assertThat(Fixtures.startFailures(incompatible)).singleElement().asString()
            .contains("cannot convert temperature (C) to length (m); C converts to C, K, F");
        CanvasRun unknown = convert("furlong", "m", 1);
        assertThat(Fixtures.startFailures(unknown)).singleElement().asString()
            .contains("from: unknown unit \"furlong\"");
    }

    @Test
    void unitConversionFollowsLiveParameterChangesAndRecoversFromABadOne() {
        CanvasRun run = convert("m", "cm", 1);
        dev.rivulet.core.CanvasRuntime rt = run.runtime();
        ModuleNode u = rt.document().modules.get(1);
        rt.setParameter(u.hash, "to", "kg");
        replay(rt, new MemoryCursor().add(2000, 2));     // refused at the next value
        rt.setParameter(u.hash, "to", "mm");
        replay(rt, new MemoryCursor().add(3000, 3));
        assertThat(converted(run)).containsExactly(100.0, 3000.0);
        assertThat(run.failures()).singleElement().asString().contains("cannot convert length (m) to mass (kg)");
    }

    private static void replay(dev.rivulet.core.CanvasRuntime rt, MemoryCursor c) {
        new dev.rivulet.core.ReplayLoop(rt).source(rt.streamSources().get(0), c)
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
    }
}
