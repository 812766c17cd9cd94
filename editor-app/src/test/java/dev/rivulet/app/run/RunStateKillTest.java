package dev.rivulet.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.UiMessage;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.InProcessRealtimeSource;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.store.RunStateStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a running canvas with "save state" on ({@code kill -9}, while it snapshots) and resumes it from what the
 * killed process saved in workspace.db: the count goes on from 50.
 */
class RunStateKillTest {
    @TempDir
    Path dataDir;

    @Test
    void aCanvasKilledWhileRunningResumesFromItsLastSavedSnapshot() throws Exception {
        Process victim = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), RunStateVictim.class.getName(), dataDir.toString()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        AtomicInteger savedAfterCount = new AtomicInteger();
        Thread reader = new Thread(() -> {
            boolean counted = false;
            try (BufferedReader in = new BufferedReader(
                new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("COUNTED 50")) {
                        counted = true;
                    } else if (line.equals("SAVED") && counted) {
                        savedAfterCount.incrementAndGet();
                    }
                }
            } catch (Exception closedByKill) {
                // the pipe breaks when the process dies
            }
        });
        reader.start();
        try {
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // two snapshots saved after all 50 were counted: the second began after the first was on disk
            while (savedAfterCount.get() < 2 && System.nanoTime() < giveUp && victim.isAlive()) {
                Thread.sleep(5);
            }
            assertThat(savedAfterCount.get()).isGreaterThanOrEqualTo(2);
            victim.destroyForcibly();
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            victim.destroyForcibly();
        }
        reader.join(10_000);

        RunStateStore store = new RunStateStore(Databases.open(DataDirectory.open(Optional.of(dataDir))).workspace(),
            Clock.systemUTC());
        RunStateStore.Saved saved = store.latest(RunStateVictim.CANVAS_ID).orElseThrow();
        assertThat(saved.atStop()).isFalse();
        InProcessRealtimeSource live = new InProcessRealtimeSource();
        List<Object> counts = new CopyOnWriteArrayList<>();
        try (EmbeddedEngine engine = new EmbeddedEngine(ModuleRegistry.load())) {
            RunHandle run = engine.start(RunRequest.realtime(RunStateVictim.canvas()).source(live)
                .resumeFrom(saved.state()).ui((module, message) -> {
                    if (message instanceof UiMessage.TableRow r) {
                        counts.add(r.values().get(0));
                    }
                }).build());
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (live.subscribers("ticks") == 0 && System.nanoTime() < giveUp) {
                Thread.sleep(5);
            }
            live.publish("ticks", System.currentTimeMillis(), Map.of("v", 1.0));
            while (counts.isEmpty() && System.nanoTime() < giveUp) {
                Thread.sleep(5);
            }
            run.stop();
            run.await(Duration.ofSeconds(10));
        }
        assertThat(counts).containsExactly(51.0);
    }
}
