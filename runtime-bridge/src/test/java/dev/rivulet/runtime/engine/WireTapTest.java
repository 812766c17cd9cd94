package dev.rivulet.runtime.engine;

import static dev.rivulet.runtime.engine.RunRecorder.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.ModuleNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireTapTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void anInspectedOutputKeepsItsLastValuesAndStopsRecordingWhenClosed() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("ticks", "v:Double", "name:String");
        ModuleNode table = b.add("table");
        b.connect(s, "v", table, "in1").connect(s, "name", table, "in2");
        InProcessRealtimeSource live = new InProcessRealtimeSource();
        RunRecorder rec = new RunRecorder();
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.realtime(b.build()).source(live).ui(rec).listener(rec).build());
            assertThat(waitFor(() -> live.subscribers("ticks") == 1, WAIT)).isTrue();
            WireTap numbers = run.inspect(s.hash, "v", 3);
            WireTap names = run.inspect(s.hash, "name", 10);
            // the taps go in on the engine thread, between events: warm up until both record
            int warm = 0;
            while (numbers.count() == 0 || names.count() == 0) {
                live.publish("ticks", 1000, Map.of("v", -1.0, "name", "warm"));
                warm++;
                Thread.sleep(20);
            }
            int warmed = warm;
            assertThat(waitFor(() -> rec.rows(table).size() == warmed, WAIT)).isTrue();
            long before = numbers.count();
            long namesBefore = names.count();
            for (int i = 1; i <= 4; i++) {
                live.publish("ticks", 1000 + i, Map.of("v", (double) i, "name", "a" + i));
            }
            assertThat(waitFor(() -> numbers.count() == before + 4 && names.count() == namesBefore + 4, WAIT))
                .isTrue();
            assertThat(numbers.values()).extracting(WireTap.Value::value).containsExactly(2.0, 3.0, 4.0);
            assertThat(names.values()).extracting(WireTap.Value::value).endsWith("a1", "a2", "a3", "a4");

            numbers.close();
            live.publish("ticks", 2000, Map.of("v", 9.0, "name", "z"));
            assertThat(waitFor(() -> names.count() == namesBefore + 5, WAIT)).isTrue();
            assertThat(numbers.count()).isEqualTo(before + 4);
            int published = warm + 5;
            assertThat(waitFor(() -> rec.rows(table).size() == published, WAIT)).isTrue();
            run.stop();
            assertThat(run.await(WAIT)).isTrue();
        }
    }
}
