package dev.rivulet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench live} in a fresh JVM without a display (its own Monocle toolkit), briefly and at a low rate: checks that
 * a realtime run reaches the widgets and the figures are printed; it asserts no timings.
 */
class LiveBenchSmokeTest {

    @TempDir
    Path tmp;

    @Test
    void benchLiveRunsACanvasIntoChartAndTableAndPrintsItsFigures() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "bench", "live", "--rate", "2000", "--seconds", "2"))
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process process = pb.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bench finished").isTrue();

        String out = Files.readString(tmp.resolve("out.txt"));
        assertThat(process.exitValue()).as("exit; stderr: %s", Files.readString(tmp.resolve("err.txt"))).isZero();
        assertThat(out).contains("Monocle headless", "events processed:", "frame p50:", "frame p95:", "frame max:",
            "UI queue high-water mark:", "backlog slope over the last 5 s:", "coalesced", "dropped",
            "heap after GC");
        assertThat(out).containsPattern("frames: [1-9][0-9]* pulses");
        // the run reached the chart: it kept points
        assertThat(out).containsPattern("chart: 1 series, [1-9][0-9,]* points received");
    }
}
