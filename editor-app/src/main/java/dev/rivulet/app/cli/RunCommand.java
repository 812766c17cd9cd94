package dev.rivulet.app.cli;

import dev.rivulet.app.headless.HeadlessRun;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.secrets.SecretStoreException;
import java.io.PrintWriter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet run CANVAS.json}: runs a canvas headless on the embedded engine. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Run a canvas headless on the embedded engine, realtime or replaying recorded data.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RivuletCommand root;

    @Parameters(index = "0", paramLabel = "CANVAS.json", description = "The canvas to run.")
    Path canvas;

    @Option(
            names = "--replay",
            paramLabel = "STREAM_ID=FILE.csv",
            description = "Replay a CSV file as the given stream (repeatable).")
    Map<String, Path> replays = new LinkedHashMap<>();

    @Option(names = "--from", paramLabel = "T", description = "Start of the replayed period (ISO-8601 instant or epoch ms).")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "End of the replayed period (ISO-8601 instant or epoch ms).")
    String to;

    @Option(
            names = "--speed",
            paramLabel = "N|full",
            description = "Replay speed: N times realtime, or 'full' for as fast as possible.")
    String speed;

    @Option(
            names = "--realtime",
            description = "Run live: wall-clock ticks, MQTT and other network inputs, until --duration passes or"
                    + " Ctrl+C (which stops the canvas cleanly).")
    boolean realtime;

    @Option(
            names = "--duration",
            paramLabel = "TIME",
            description = "With --realtime: stop after this long (10s, 500ms, 2m, 1h).")
    String duration;

    @Option(names = "--out", paramLabel = "FILE.jsonl", description = "Write sink output as JSON lines to this file.")
    Path out;

    public Path canvas() {
        return canvas;
    }

    public Map<String, Path> replays() {
        return Map.copyOf(replays);
    }

    public Optional<String> from() {
        return Optional.ofNullable(from);
    }

    public Optional<String> to() {
        return Optional.ofNullable(to);
    }

    public Optional<String> speed() {
        return Optional.ofNullable(speed);
    }

    public Optional<Path> out() {
        return Optional.ofNullable(out);
    }

    @Override
    public Integer call() {
        ModuleRegistry registry = ModuleRegistry.load();
        PrintWriter err = spec.commandLine().getErr();
        CanvasDocument doc;
        SecretStore secrets = SecretStore.in(root.dataDirectory());
        try {
            CanvasFiles.Loaded loaded = new CanvasFiles(registry).read(canvas);
            doc = loaded.document();
            SecretNotices.warnPlain(err, canvas, loaded.format(), doc, registry);
            SecretNotices.hintMissing(err, doc, secrets);
        } catch (CanvasFormatException | SecretStoreException e) {
            err.println("rivulet run: " + e.getMessage());
            err.flush();
            return 1;
        }
        HeadlessRun.Options options = new HeadlessRun.Options(canvas, replays, from, to, speed, out, realtime,
            duration);
        return new HeadlessRun(registry, err, secrets).run(doc, options, spec.commandLine().getOut());
    }
}
