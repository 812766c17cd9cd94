package dev.rivulet.runtime.streams.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.JsonLinesSink;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.engine.RunState;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredReplayTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @TempDir
    Path tmp;

    private CanvasDocument canvas() {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("prices", "price:Double", "symbol:String");
        ModuleNode table = b.add("table");
        b.connect(s, "price", table, "in1").connect(s, "symbol", table, "in2");
        return b.build();
    }

    @Test
    void aHistoricalRunReplaysAStreamOfTheRegistryFromStorage() throws Exception {
        LocalStreams streams = HistoryFixture.open(tmp);
        StreamId id = StreamId.parse("prices");
        streams.registry().create(StreamDefinition.of(id, "Prices").withFields(List.of(HistoryFixture.PRICE,
            HistoryFixture.SYMBOL)).withPartitions(2));
        streams.history().append(List.of(HistoryFixture.msg(id, 1, 3000, 0, "price", 3.0, "symbol", "C"),
            HistoryFixture.msg(id, 0, 1000, 0, "price", 1, "symbol", "A"),
            HistoryFixture.msg(id, 1, 2000, 0, "price", 2.0, "symbol", "B"),
            HistoryFixture.msg(id, 0, 9000, 0, "price", 9.0, "symbol", "Z")));

        StringWriter out = new StringWriter();
        try (EmbeddedEngine engine = new EmbeddedEngine(REGISTRY, new RegistryHistory(streams.history()));
             JsonLinesSink sink = new JsonLinesSink(out)) {
            RunHandle run = engine.start(RunRequest.historical(canvas()).to(5000).ui(sink).build());
            assertThat(run.await(Duration.ofSeconds(10))).isTrue();
            assertThat(run.failure()).isEmpty();
            assertThat(run.state()).isEqualTo(RunState.DONE);
        }
        ObjectMapper json = new ObjectMapper();
        List<Object> rows = out.toString().lines().map(l -> {
            try {
                return json.readValue(l, Map.class).get("values");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(rows).containsExactly(List.of(1.0, "A"), List.of(2.0, "B"), List.of(3.0, "C"));
    }

    @Test
    void aCsvReplayStillWinsAndUnknownStreamsStillFailClearly() throws Exception {
        LocalStreams streams = HistoryFixture.open(tmp);
        Path csv = tmp.resolve("p.csv");
        Files.writeString(csv, "timestamp,price,symbol\n1000,5,X\n");
        try (EmbeddedEngine engine = new EmbeddedEngine(REGISTRY, new RegistryHistory(streams.history()))) {
            RunHandle ok = engine.start(RunRequest.historical(canvas()).replay("prices", csv).build());
            ok.await(Duration.ofSeconds(10));
            assertThat(ok.state()).isEqualTo(RunState.DONE);
            assertThat(ok.events()).isEqualTo(1);

            RunHandle missing = engine.start(RunRequest.historical(canvas()).build());
            missing.await(Duration.ofSeconds(10));
            assertThat(missing.state()).isEqualTo(RunState.FAILED);
            assertThat(missing.failure().orElseThrow().getMessage()).contains("prices").contains("--replay")
                .contains("rivulet streams");
        }
    }
}
