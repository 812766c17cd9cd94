package dev.rivulet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench canvas} starts its own toolkit on Monocle when there is no display, so it runs in a fresh JVM without
 * DISPLAY and without the test JVM's JavaFX flags. Checks that it completes and prints its figures; it asserts no
 * timings (benchmarks are programs, not tests).
 */
class CanvasBenchSmokeTest {

    @TempDir
    Path tmp;

    @Test
    void benchCanvasOpensDrivesAndPrintsItsFigures() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "bench", "canvas", "--modules", "120"))
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process process = pb.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bench finished").isTrue();

        String out = Files.readString(tmp.resolve("out.txt"));
        assertThat(process.exitValue()).as("exit; stderr: %s", Files.readString(tmp.resolve("err.txt"))).isZero();
        assertThat(out).contains("canvas: 120 modules, 180 wires", "toolkit start-up:", "Monocle headless",
            "open:", "frame p50:", "frame p95:", "drag committed as one command: Move 50 modules");
    }
}
