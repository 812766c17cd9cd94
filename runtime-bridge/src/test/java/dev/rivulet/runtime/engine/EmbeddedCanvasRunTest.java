package dev.rivulet.runtime.engine;

import static dev.rivulet.runtime.engine.RunRecorder.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasResolver;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on the embedded engine of a canvas that embeds another one with a Stream module and a Button inside. */
class EmbeddedCanvasRunTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final RunRecorder rec = new RunRecorder();
    private ModuleRegistry registry;
    private ModuleNode canvas;
    private ModuleNode outer;

    @TempDir
    Path dir;

    /** Sub-canvas "ticker": Stream prices → Table 2 and Count 3 (count exported); Button 4 → Table 5. */
    private CanvasDocument canvases() {
        ModuleRegistry base = ModuleRegistry.load();
        CanvasBuilder sub = new CanvasBuilder(base);
        ModuleNode stream = sub.stream("prices", "price:Double");
        ModuleNode table = sub.add("table");
        ModuleNode count = sub.add("count");
        ModuleNode button = sub.add("button");
        ModuleNode pressed = sub.add("table");
        sub.connect(stream, "price", table, "in1").connect(stream, "price", count, "in")
            .connect(button, "out", pressed, "in1");
        PortNode exported = count.output("count").orElseThrow();
        exported.export = true;
        CanvasDocument ticker = sub.name("ticker").build();
        ticker.id = "ticker";
        assertThat(List.of(table.hash, button.hash, pressed.hash)).containsExactly(2, 4, 5);
        registry = base.withCanvasResolver(CanvasResolver.of(ticker));
        CanvasBuilder b = new CanvasBuilder(registry);
        canvas = b.add("canvas");
        b.param(canvas, "canvas", "ticker");
        outer = b.add("table");
        b.connect(canvas, "count", outer, "in1");
        return b.build();
    }

    @Test
    void historicalReplayFeedsTheStreamInsideTheSubCanvas() throws Exception {
        CanvasDocument doc = canvases();
        Path csv = dir.resolve("prices.csv");
        Files.writeString(csv, "timestamp,price\n1000,1\n2000,2\n");
        try (Engine engine = new EmbeddedEngine(registry)) {
            RunHandle run = engine.start(RunRequest.historical(doc).replay("prices", csv).ui(rec).listener(rec)
                .build());
            assertThat(run.await(WAIT)).isTrue();
            assertThat(run.failure()).isEmpty();
            assertThat(run.events()).isEqualTo(2);
            assertThat(run.stats().module(canvas.hash + "/1").orElseThrow().eventsOut()).isEqualTo(2);
        }
        assertThat(rec.rows(canvas.hash + "/2")).containsExactly(List.of(1.0), List.of(2.0));
        assertThat(rec.rows(outer)).containsExactly(List.of(1.0), List.of(2.0));
    }

    @Test
    void aMissingReplayForAnEmbeddedStreamNamesItsPlace() throws Exception {
        CanvasDocument doc = canvases();
        try (Engine engine = new EmbeddedEngine(registry)) {
            RunHandle run = engine.start(RunRequest.historical(doc).build());
            assertThat(run.await(WAIT)).isTrue();
            assertThat(run.failure().orElseThrow().getMessage()).contains("prices").contains(canvas.hash + "/1");
        }
    }

    @Test
    void realtimeFeedsTheEmbeddedStreamAndWidgetEventsReachTheEmbeddedButtonByPath() throws Exception {
        CanvasDocument doc = canvases();
        InProcessRealtimeSource hub = new InProcessRealtimeSource();
        try (Engine engine = new EmbeddedEngine(registry)) {
            RunHandle run = engine.start(RunRequest.realtime(doc).source(hub).ui(rec).listener(rec).build());
            assertThat(waitFor(() -> hub.subscribers("prices") == 1, WAIT)).isTrue();
            hub.publish("prices", System.currentTimeMillis(), Map.of("price", 7));
            assertThat(waitFor(() -> rec.rows(outer).size() == 1, WAIT)).isTrue();
            assertThat(rec.rows(canvas.hash + "/2")).containsExactly(List.of(7.0));

            run.uiEvent(canvas.hash + "/4", Map.of());
            assertThat(waitFor(() -> rec.rows(canvas.hash + "/5").size() == 1, WAIT)).isTrue();
            assertThat(run.events()).isGreaterThanOrEqualTo(1);
        }
    }
}
