package dev.rivulet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Headless commands must work on a machine without a display, so they must not load JavaFX at all.
 * Each case runs the real launcher in a fresh JVM (this JVM may already have JavaFX loaded by other
 * tests) and reads the JVM's own class-loading log.
 */
class HeadlessCommandsDoNotLoadJavaFxTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> headlessCommands() {
        return Stream.of(
                Arguments.of(List.of("modules", "--json", "--data-dir", "@DATA"), 0),
                Arguments.of(List.of("--data-dir", "@DATA", "validate", "canvas.json"), 1),
                Arguments.of(List.of("validate", "@SAMPLES/price-alert.json"), 0),
                Arguments.of(List.of("run", "@SAMPLES/price-alert.json", "--replay", "prices=@SAMPLES/prices.csv",
                        "--out", "@DATA/out.jsonl"), 0),
                Arguments.of(List.of("bench", "canvas-io", "--modules", "50"), 0),
                Arguments.of(List.of("bench", "workspace", "--modules", "50"), 0),
                Arguments.of(List.of("modules", "--help"), 0),
                Arguments.of(List.of("run", "--help"), 0),
                Arguments.of(List.of("--version"), 0),
                Arguments.of(List.of("--help"), 0));
    }

    @ParameterizedTest
    @MethodSource("headlessCommands")
    void loadsNoJavaFxClass(List<String> cliArgs, int expectedExit) throws Exception {
        Path classLog = tmp.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        Path samples = Path.of("..", "resources", "samples").toAbsolutePath().normalize();
        Files.createDirectories(tmp.resolve("data"));
        cliArgs.forEach(a -> command.add(a.replace("@DATA", tmp.resolve("data").toString())
                .replace("@SAMPLES", samples.toString())));

        Process process = new ProcessBuilder(command)
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();

        String stderr = Files.readString(tmp.resolve("err.txt"));
        assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isEqualTo(expectedExit);
        List<String> loaded = loadedClassNames(classLog);
        // the log really covers the run: the launcher and picocli show up in it
        assertThat(loaded).contains(Launcher.class.getName(), "picocli.CommandLine");
        assertThat(loaded).filteredOn(name -> name.startsWith("javafx.") || name.startsWith("com.sun.javafx."))
                .as("JavaFX classes loaded by a headless command")
                .isEmpty();
    }

    /** Lines look like {@code [0.012s][info][class,load] java.lang.Object source: shared objects file}. */
    private static List<String> loadedClassNames(Path log) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int start = line.indexOf("] ", line.indexOf("[class,load]"));
            if (line.contains("[class,load]") && start >= 0) {
                String rest = line.substring(start + 2);
                int end = rest.indexOf(' ');
                names.add(end < 0 ? rest : rest.substring(0, end));
            }
        }
        return names;
    }
}
