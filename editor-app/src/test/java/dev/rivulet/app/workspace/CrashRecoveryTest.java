package dev.rivulet.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.CanvasSummary;
import dev.rivulet.runtime.workspace.OpenedCanvas;
import dev.rivulet.runtime.workspace.VersionKind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real editing process with {@code kill -9} (Process.destroyForcibly on Linux sends SIGKILL) and reopens its
 * canvas: everything edited more than a second before the kill must be there, with nothing partial.
 */
class CrashRecoveryTest {
    private static final int MARK = 100;

    @TempDir
    Path dataDir;

    @Test
    void editsMadeMoreThanASecondBeforeAKillMinusNineSurviveIt() throws Exception {
        CanvasSummary canvas = repository().create("Crash me", new CanvasDocument(), VersionKind.CREATE);
        Process victim = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), CrashVictim.class.getName(), dataDir.toString(),
            canvas.id()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        AtomicInteger lastPrinted = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("EDIT ")) {
                        lastPrinted.set(Integer.parseInt(line.substring(5)));
                    }
                }
            } catch (Exception closedByKill) {
                // the pipe breaks when the process dies
            }
        });
        reader.start();
        try {
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lastPrinted.get() < MARK && System.nanoTime() < giveUp && victim.isAlive()) {
                Thread.sleep(5);
            }
            int marked = lastPrinted.get();
            assertThat(marked).as("the victim made %d edits", MARK).isGreaterThanOrEqualTo(MARK);
            // keep it editing for more than a second past the mark, then kill it mid-stream
            Thread.sleep(1_300);
            victim.destroyForcibly();
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);

            OpenedCanvas reopened = repository().open(canvas.id());

            CanvasDocument doc = reopened.document();
            assertThat(reopened.recovered()).isTrue();
            List<Integer> xs = doc.modules.stream().filter(m -> "constant".equals(m.type))
                .filter(m -> doc.ui.of(m.hash).y == 0).map(m -> (int) doc.ui.of(m.hash).x).toList();
            assertThat(xs).as("a gap-free prefix of the edits").isEqualTo(
                java.util.stream.IntStream.rangeClosed(1, xs.size()).boxed().toList());
            assertThat(xs.size()).isGreaterThanOrEqualTo(marked).isLessThanOrEqualTo(lastPrinted.get());
            ModuleNode constant = doc.modules.stream().filter(m -> doc.ui.of(m.hash).y == -300)
                .filter(m -> "constant".equals(m.type)).findFirst().orElseThrow();
            assertThat(constant.paramValue("constant", null)).isEqualTo(42.0);
            ModuleNode abs = doc.modules.stream().filter(m -> "Absolute".equals(m.displayName)).findFirst()
                .orElseThrow();
            assertThat(doc.ui.of(abs.hash).x).isEqualTo(215.0);
            assertThat(doc.connections).singleElement().hasToString(constant.hash + ".out -> " + abs.hash + ".in");
            assertThat(doc.modules).filteredOn(m -> "abs".equals(m.type)).hasSize(1);
        } finally {
            victim.destroyForcibly();
        }
    }

    private CanvasRepository repository() {
        return new CanvasRepository(Databases.open(DataDirectory.open(Optional.of(dataDir))).workspace(),
            Clock.systemUTC());
    }
}
