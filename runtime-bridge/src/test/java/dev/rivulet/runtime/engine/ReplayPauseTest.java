package dev.rivulet.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.ModuleNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayPauseTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @TempDir
    Path tmp;

    @Test
    void aPausedReplayDeliversNothingUntilResumedThenFinishes() throws Exception {
        StringBuilder csv = new StringBuilder("timestamp,price\n");
        for (int i = 0; i < 100; i++) {
            csv.append(1_000_000 + i * 1000L).append(',').append(i).append('\n');
        }
        Path file = tmp.resolve("p.csv");
        Files.writeString(file, csv);
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode table = b.add("table");
        b.connect(s, "price", table, "in1");
        RunRecorder rec = new RunRecorder();
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.historical(b.build()).replay("prices", file).speed(100).ui(rec)
                .build());
            run.setPaused(true);
            assertThat(run.paused()).isTrue();
            Thread.sleep(300);
            int seen = rec.rows(table).size();
            Thread.sleep(300);
            assertThat(rec.rows(table)).hasSize(seen);
            assertThat(seen).isLessThan(100);
            assertThat(run.state()).isIn(RunState.STARTING, RunState.RUNNING);

            run.setPaused(false);
            assertThat(run.await(Duration.ofSeconds(20))).isTrue();
            assertThat(run.state()).isEqualTo(RunState.DONE);
            assertThat(rec.rows(table)).hasSize(100);
        }
    }
}
