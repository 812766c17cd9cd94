package dev.rivulet.app.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.live.UiUpdateHub;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map widgets: markers from a real run and their expiry, tiles from a loopback server, heat, image maps. */
@ExtendWith(ApplicationExtension.class)
class MapWidgetsTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final Path SCREENSHOT = Path.of("..", "docs", "screenshots", "map.png");

    @TempDir
    Path dir;

    private StackPane host;

    @Start
    void start(Stage stage) {
        host = new StackPane();
        stage.setScene(new Scene(host, 800, 500));
        stage.show();
    }

    private <T extends WidgetView> T show(T widget) throws Exception {
        onFx(() -> host.getChildren().setAll(widget.node()));
        return widget;
    }

    @Test
    void aGeoMapShowsTheMarkersOfARunWithTheirTracesAndRemovesThoseThatExpire() throws Exception {
        CanvasBuilder again = new CanvasBuilder(REGISTRY);
        ModuleNode stream = again.stream("cars", "car:String", "lat:Double", "lng:Double");
        ModuleNode m = again.add("map-geo");
        again.option(m, "expiringTimeOfMarkerInSecs", 3).option(m, "drawTrace", true).option(m, "markerLabel", true);
        again.connect(stream, "car", m, "id").connect(stream, "lat", m, "latitude").connect(stream, "lng", m, "longitude")
            .connect(stream, "car", m, "label");
        StringBuilder csv = new StringBuilder("timestamp,car,lat,lng\n");
        long t0 = 1_700_000_000_000L;
        for (int i = 0; i <= 20; i++) {
            csv.append(t0 + i * 1000L).append(",Helsinki-Tallinn,").append(60.17 - i * 0.03).append(',')
                .append(24.94 + i * 0.005).append('\n');
            if (i <= 4) {
                csv.append(t0 + i * 1000L + 500).append(",Berlin-Prague,").append(52.52 - i * 0.4).append(',')
                    .append(13.4 + i * 0.03).append('\n');
            }
            csv.append(t0 + i * 1000L + 700).append(",Paris-Lyon,").append(48.85 - i * 0.3).append(',')
                .append(2.35 + i * 0.12).append('\n');
        }
        Path file = dir.resolve("cars.csv");
        Files.writeString(file, csv);
        UiUpdateHub hub = new UiUpdateHub(10_000, 1_000);
        try (EmbeddedEngine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.historical(again.build()).replay("cars", file).ui(hub).build());
            assertThat(run.await(Duration.ofSeconds(20))).isTrue();
            assertThat(run.failure()).isEmpty();
        }
        List<UiMessage> all = new ArrayList<>();
        hub.attach(String.valueOf(m.hash), all::addAll);
        hub.deliverPending();
        int firstDelete = 0;
        while (!(all.get(firstDelete) instanceof UiMessage.Generic g && "d".equals(g.type()))) {
            firstDelete++;
        }
        MapWidget widget = show((MapWidget) WidgetViews.create("map", Map.of(), WidgetEvents.NONE).orElseThrow());
        List<UiMessage> before = all.subList(0, firstDelete);
        onFx(() -> widget.apply(before));
        assertThat(widget.markers().markers()).containsOnlyKeys("Helsinki-Tallinn", "Berlin-Prague", "Paris-Lyon");
        List<UiMessage> after = all.subList(firstDelete, all.size());
        onFx(() -> widget.apply(after));
        // Berlin-Prague stopped at 4 s and expired 3 s later; its trace points stay until their own expiry (none set)
        assertThat(widget.markers().markers()).containsOnlyKeys("Helsinki-Tallinn", "Paris-Lyon");
        assertThat(widget.markers().markers().get("Paris-Lyon").lat()).isCloseTo(48.85 - 20 * 0.3,
            org.assertj.core.data.Offset.offset(1e-9));
        assertThat(widget.markers().tracePoints()).isEqualTo(21 + 5 + 21);
        // auto-zoom shows all markers
        assertThat(widget.map().zoom()).isGreaterThan(3);
        snapshot(widget.node(), SCREENSHOT);
    }

    @Test
    void tilesFromAConfiguredServerAreFetchedInTheBackgroundAndDrawnOverTheBundledMap() throws Exception {
        BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = tile.createGraphics();
        g.setColor(new java.awt.Color(0x33, 0x66, 0x99));
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(tile, "png", png);
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.size());
            exchange.getResponseBody().write(png.toByteArray());
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png";
            MapWidget widget = show((MapWidget) WidgetViews.create("map", Map.of("tileServerUrl", url, "zoom", 3,
                "centerLat", 0, "centerLng", 0), WidgetEvents.NONE).orElseThrow());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> widget.map().tiles().loaded() >= 4);
            assertThat(requests.get()).isGreaterThanOrEqualTo(4);
            Color middle = onFx(() -> widget.node().snapshot(null, null)
                .getPixelReader().getColor((int) widget.node().getWidth() / 2, (int) widget.node().getHeight() / 2));
            assertThat(middle.getRed()).isCloseTo(0x33 / 255.0, org.assertj.core.data.Offset.offset(0.02));
            assertThat(middle.getBlue()).isCloseTo(0x99 / 255.0, org.assertj.core.data.Offset.offset(0.02));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theHeatmapDrawsEachValueInItsColorAndForgetsPointsAfterTheirLifetime() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000);
        HeatmapWidget heat = show(new HeatmapWidget(Map.of("min", 0, "max", 10, "fadeInTime", 0, "lifeTime", 5000,
            "centerLat", 0, "centerLng", 0, "zoom", 2), now::get));
        onFx(() -> heat.apply(List.of(new UiMessage.Generic(0, "p", Map.of("t", "p", "l", 0.0, "g", 0.0, "v", 10.0)),
            new UiMessage.Generic(0, "p", Map.of("t", "p", "l", 40.0, "g", -100.0, "v", 0.0)))));
        assertThat(heat.alive()).isEqualTo(2);
        Color hot = pixelAt(heat, 0, 0);
        Color cool = pixelAt(heat, 40, -100);
        assertThat(hot.getRed()).isGreaterThan(hot.getBlue() + 0.3);
        assertThat(cool.getBlue()).isGreaterThan(cool.getRed() + 0.3);
        now.addAndGet(5000);
        onFx(() -> heat.map().draw());
        assertThat(heat.alive()).isZero();
        Color gone = pixelAt(heat, 0, 0);
        // the sea of the base map shows again
        assertThat(gone.getBlue()).isGreaterThan(gone.getRed());
    }

    private Color pixelAt(HeatmapWidget heat, double lat, double lng) throws Exception {
        return onFx(() -> {
            WritableImage img = heat.node().snapshot(null, null);
            return img.getPixelReader().getColor((int) heat.map().x(lng), (int) heat.map().y(lat));
        });
    }

    @Test
    void anImageMapPutsMarkersAtTheirFractionOfThePicture() throws Exception {
        ImageMapWidget widget = show((ImageMapWidget) WidgetViews.create("image-map", Map.of(), WidgetEvents.NONE)
            .orElseThrow());
        // x = 0.25, y = 0.5 arrives as lng 0.25, lat 1 - 0.5
        onFx(() -> widget.apply(List.of(new UiMessage.Generic(0, "p", Map.of("t", "p", "id", "forklift", "lat", 0.5,
            "lng", 0.25, "color", "rgba(200, 0, 0, 1.0)")))));
        assertThat(widget.markers().markers()).containsOnlyKeys("forklift");
        // the default picture is 4:3, fitted in 800x500: 666.7 wide, from x = 66.7
        Color c = onFx(() -> widget.node().snapshot(null, null).getPixelReader()
            .getColor((int) Math.round(800 / 2.0 - 666.67 / 2 + 666.67 * 0.25), 250));
        assertThat(c.getRed()).isGreaterThan(0.7);
        assertThat(c.getGreen()).isLessThan(0.2);
        onFx(() -> widget.apply(List.of(new UiMessage.Generic(0, "d", Map.of("t", "d", "markerList",
            List.of("forklift"), "pointList", List.of())))));
        assertThat(widget.markers().markers()).isEmpty();
    }

    private static void snapshot(Region node, Path file) throws Exception {
        WritableImage image = onFx(() -> node.snapshot(null, null));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
