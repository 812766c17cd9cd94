package dev.rivulet.modules.visualization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gauge, Heatmap and the two maps. */
class ChartWidgetsTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private static List<Map<String, Object>> bodies(CanvasRun run, ModuleNode m, String type) {
        return run.messages(m).stream().map(x -> (UiMessage.Generic) x).filter(g -> g.type().equals(type))
            .map(UiMessage.Generic::body).toList();
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        assertThat(DefinitionChecks.assertCatalogued("heatmap", 196, "Heatmap", "Visualizations").widget())
            .isEqualTo("heatmap");
        assertThat(DefinitionChecks.assertCatalogued("map-geo", 214, "Map (geo)", "Visualizations").widget())
            .isEqualTo("map");
        assertThat(DefinitionChecks.assertCatalogued("map-image", 583, "Map (image)", "Visualizations").widget())
            .isEqualTo("image-map");
        // Streamr's Gauge was never in its module catalogue, so it has no Streamr id
        ModuleDefinition gauge = CanvasRun.REGISTRY.byId("gauge").orElseThrow();
        assertThat(gauge.streamrId()).isNull();
        assertThat(gauge.category()).isEqualTo("Visualizations");
        assertThat(gauge.widget()).isEqualTo("gauge");
        assertThat(gauge.help()).isNotBlank();
    }

    // ---- Gauge ----------------------------------------------------------------------------------------------

    @Test
    void gaugeSendsInitThenUpdatesAndANewInitWhenTheScaleChanges() {
        ModuleNode s = b.stream("s", "load:Double");
        ModuleNode g = b.add("gauge");
        b.option(g, "title", "Load");
        b.connect(s, "load", g, "value");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 0.5).add(2000, Double.NaN).add(3000, 0.7)).run();
        run.runtime().setParameter(g.hash, "max", 10);
        new dev.rivulet.core.ReplayLoop(run.runtime()).source(run.runtime().streamSources().get(0),
            new MemoryCursor().add(4000, 2)).run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        // NaN is skipped; the new max makes the next value an init
        assertThat(run.messages(g)).extracting(m -> ((UiMessage.Generic) m).body()).containsExactly(
            Map.of("type", "init", "v", 0.5, "min", -1.0, "max", 1.0, "title", "Load"),
            Map.of("type", "u", "v", 0.7),
            Map.of("type", "init", "v", 2.0, "min", -1.0, "max", 10.0, "title", "Load"));
        assertThat(run.messages(g)).extracting(UiMessage::time).containsExactly(1000L, 3000L, 4000L);
    }

    // ---- Heatmap --------------------------------------------------------------------------------------------

    @Test
    void heatmapPublishesAPointPerEventAndSkipsNaN() {
        ModuleNode s = b.stream("s", "lat:Double", "lng:Double", "v:Double");
        ModuleNode h = b.add("heatmap");
        b.connect(s, "lat", h, "latitude").connect(s, "lng", h, "longitude").connect(s, "v", h, "value");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 60.17, 24.94, 3)
            .add(2000, Double.NaN, 24.94, 1).add(3000, 59.33, 18.07, 7)).run();
        assertThat(bodies(run, h, "p")).containsExactly(Map.of("t", "p", "l", 60.17, "g", 24.94, "v", 3.0),
            Map.of("t", "p", "l", 59.33, "g", 18.07, "v", 7.0));
        assertThat(run.runtime().module(h.hash).input("value").canToggleDriving()).isFalse();
    }

    // ---- Map (geo) and Map (image) --------------------------------------------------------------------------

    @Test
    void geoMapWithDefaultsMovesOneMarkerNamedId() {
        ModuleNode s = b.stream("s", "lat:Double", "lng:Double");
        ModuleNode map = b.add("map-geo");
        assertThat(map.inputs).extracting(p -> p.name).containsExactly("id", "latitude", "longitude");
        assertThat(map.params).isEmpty();
        b.connect(s, "lat", map, "latitude").connect(s, "lng", map, "longitude");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 60.17, 24.94)).run();
        assertThat(bodies(run, map, "p")).containsExactly(
            Map.of("t", "p", "id", "id", "lat", 60.17, "lng", 24.94, "color", "rgba(233, 87, 15, 1.0)"));
    }

    @Test
    void geoMapOptionsAddPortsAndIdleMarkersExpireOnClockTicks() {
        ModuleNode s = b.stream("s", "id:String", "lat:Double", "lng:Double", "name:String", "dir:Double");
        ModuleNode map = b.add("map-geo");
        b.option(map, "drawTrace", true).option(map, "markerLabel", true).option(map, "directionalMarkers", true)
            .option(map, "expiringTimeOfMarkerInSecs", 2).param(map, "traceColor", "rgba(0, 0, 255, 1.0)");
        assertThat(map.inputs).extracting(p -> p.name).containsExactly("id", "latitude", "longitude", "label",
            "heading");
        b.connect(s, "id", map, "id").connect(s, "lat", map, "latitude").connect(s, "lng", map, "longitude")
            .connect(s, "name", map, "label").connect(s, "dir", map, "heading");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, "a", 60.0, 25.0, "bus A", 90).add(1500, "b", 61.0, 26.0, "bus B", 180)
            .add(2500, "a", 60.5, 25.5, "bus A", 45).add(6000, "c", 62.0, 27.0, "bus C", 0)).run();
        List<Map<String, Object>> markers = bodies(run, map, "p");
        assertThat(markers).hasSize(4);
        assertThat(markers.get(0)).containsExactly(Map.entry("t", "p"), Map.entry("id", "a"), Map.entry("lat", 60.0),
            Map.entry("lng", 25.0), Map.entry("color", "rgba(0, 0, 255, 1.0)"), Map.entry("tracePointId", map.hash + "-0"),
            Map.entry("label", "bus A"), Map.entry("dir", 90.0));
        assertThat(markers).extracting(m -> m.get("tracePointId"))
            .containsExactly(map.hash + "-0", map.hash + "-1", map.hash + "-2", map.hash + "-3");
        // b (1500) expires at 3500, seen by the tick at 4000; a moved at 2500, so it expires at 4500, seen at 5000
        assertThat(bodies(run, map, "d")).containsExactly(
            Map.of("t", "d", "markerList", List.of("b"), "pointList", List.of()),
            Map.of("t", "d", "markerList", List.of("a"), "pointList", List.of()));
        assertThat(run.messages(map)).filteredOn(m -> ((UiMessage.Generic) m).type().equals("d"))
            .extracting(UiMessage::time).containsExactly(4000L, 5000L);
    }

    @Test
    void tracePointsExpireSeparatelyFromMarkers() {
        ModuleNode s = b.stream("s", "lat:Double", "lng:Double");
        ModuleNode map = b.add("map-geo");
        b.option(map, "drawTrace", true).option(map, "expiringTimeOfTraceInSecs", 1);
        b.connect(s, "lat", map, "latitude").connect(s, "lng", map, "longitude");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, 1).add(1200, 2, 2).add(3500, 3, 3)).run();
        // both points of the single marker expire by 2200; the marker itself never does
        assertThat(bodies(run, map, "d")).containsExactly(
            Map.of("t", "d", "markerList", List.of(), "pointList", List.of(map.hash + "-0")),
            Map.of("t", "d", "markerList", List.of(), "pointList", List.of(map.hash + "-1")));
    }

    @Test
    void pendingMarkerExpiryIsKeptInASnapshot() {
        ModuleNode s = b.stream("s", "id:String", "lat:Double", "lng:Double");
        ModuleNode map = b.add("map-geo");
        b.option(map, "expiringTimeOfMarkerInSecs", 5);
        b.connect(s, "id", map, "id").connect(s, "lat", map, "latitude").connect(s, "lng", map, "longitude");
        CanvasRun first = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "a", 1, 1)).run();
        byte[] snapshot = first.runtime().snapshot();

        CanvasRun resumed = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(7000, "b", 2, 2));
        resumed.start().restore(snapshot);
        resumed.run();
        // a, seen at 1000 before the snapshot, expires at 6000 in the resumed run
        assertThat(bodies(resumed, map, "d")).containsExactly(
            Map.of("t", "d", "markerList", List.of("a"), "pointList", List.of()));
    }

    @Test
    void imageMapPlacesMarkersByXAndYAndRejectsNegativeExpiry() {
        ModuleNode s = b.stream("s", "x:Double", "y:Double");
        ModuleNode map = b.add("map-image");
        assertThat(map.inputs).extracting(p -> p.name).containsExactly("id", "x", "y");
        assertThat(map.options).containsKey("customImageUrl");
        ModuleNode broken = b.add("map-image");
        b.option(broken, "expiringTimeOfMarkerInSecs", -1);
        b.connect(s, "x", map, "x").connect(s, "y", map, "y").connect(s, "x", broken, "x").connect(s, "y", broken, "y");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 0.5, 0.25)).run();
        // image y grows downwards, the map's latitude upwards: lat = 1 - y (Streamr's convention)
        assertThat(bodies(run, map, "p")).containsExactly(
            Map.of("t", "p", "id", "id", "lat", 0.75, "lng", 0.5, "color", "rgba(233, 87, 15, 1.0)"));
        assertThat(run.failures()).anySatisfy(f -> assertThat(f).contains("expiringTimeOfMarkerInSecs cannot be negative"));
    }
}
