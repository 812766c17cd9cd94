package dev.rivulet.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedEngineTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @TempDir
    Path dir;

    private CanvasDocument canvas() {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode ma = b.add("moving-average");
        b.param(ma, "windowLength", 2);
        ModuleNode table = b.add("table");
        b.connect(s, "price", ma, "in").connect(ma, "out", table, "in1").connect(s, "price", table, "in2");
        return b.build();
    }

    @Test
    void replaysCsvAndWritesJsonLines() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "timestamp,price\n1000,1\n2000,3\n3000,5\n");
        StringWriter out = new StringWriter();
        try (Engine engine = new EmbeddedEngine(REGISTRY); JsonLinesSink sink = new JsonLinesSink(out)) {
            RunHandle run = engine.start(RunRequest.historical(canvas()).replay("prices", csv).ui(sink).build());
            assertThat(run.await(Duration.ofSeconds(10))).isTrue();
            assertThat(run.failure()).isEmpty();
            assertThat(run.state()).isEqualTo(RunState.DONE);
            assertThat(run.events()).isEqualTo(3);
            RunStats stats = run.stats();
            assertThat(stats.events()).isEqualTo(3);
            ModuleStats stream = stats.modules().get(0);
            assertThat(stream.name()).isEqualTo("Stream");
            assertThat(stream.eventsIn()).isEqualTo(3);
            assertThat(stream.eventsOut()).isEqualTo(3);
            assertThat(stats.modules().get(2).eventsIn()).isEqualTo(3);
        }
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        Map<?, ?> first = new ObjectMapper().readValue(lines.get(2), Map.class);
        assertThat(first.get("t")).isEqualTo(3000);
        assertThat(first.get("module")).isEqualTo("Table");
        assertThat(first.get("values")).isEqualTo(List.of(4.0, 5.0));
    }

    @Test
    void statsNameTheConnectedInputsThatNeverReceivedAValue() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "timestamp,price\n1000,1\n2000,3\n");
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode never = b.add("boolean-constant");
        b.param(never, "val", false);
        ModuleNode filter = b.add("filter");
        ModuleNode table = b.add("table");
        b.connect(s, "price", filter, "in1").connect(never, "out", filter, "pass")
            .connect(filter, "out1", table, "in1").connect(s, "price", table, "in2");
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.historical(b.build()).replay("prices", csv).build());
            assertThat(run.await(Duration.ofSeconds(10))).isTrue();
            RunStats stats = run.stats();
            assertThat(stats.module(String.valueOf(table.hash)).orElseThrow().silentInputs()).containsExactly("in1");
            assertThat(stats.module(String.valueOf(filter.hash)).orElseThrow().silentInputs()).isEmpty();
        }
    }

    @Test
    void fromAndToLimitTheReplay() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "timestamp,price\n1000,1\n2000,3\n3000,5\n4000,7\n");
        StringWriter out = new StringWriter();
        try (Engine engine = new EmbeddedEngine(REGISTRY); JsonLinesSink sink = new JsonLinesSink(out)) {
            RunHandle run = engine.start(RunRequest.historical(canvas()).replay("prices", csv).from(2000).to(3000)
                .ui(sink).build());
            run.await(Duration.ofSeconds(10));
            assertThat(run.events()).isEqualTo(2);
        }
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void missingReplayForAStreamFailsClearly() throws Exception {
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.historical(canvas()).build());
            run.await(Duration.ofSeconds(10));
            assertThat(run.state()).isEqualTo(RunState.FAILED);
            assertThat(run.failure().orElseThrow().getMessage()).contains("prices").contains("--replay");
        }
    }

    @Test
    void stopEndsALongThrottledRun() throws Exception {
        StringBuilder sb = new StringBuilder("timestamp,price\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i * 1000L).append(',').append(i % 7).append('\n');
        }
        Path csv = dir.resolve("long.csv");
        Files.writeString(csv, sb);
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.historical(canvas()).replay("prices", csv).speed(1).build());
            Thread.sleep(200);
            run.stop();
            assertThat(run.await(Duration.ofSeconds(10))).isTrue();
            assertThat(run.state()).isEqualTo(RunState.STOPPED);
            assertThat(run.events()).isLessThan(100_000);
        }
    }
}
