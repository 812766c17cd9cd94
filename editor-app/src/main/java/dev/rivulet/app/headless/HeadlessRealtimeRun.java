package dev.rivulet.app.headless;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ModuleStatus;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.JsonLinesSink;
import dev.rivulet.runtime.engine.ModuleStats;
import dev.rivulet.runtime.engine.RealtimeSource;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.engine.RunState;
import dev.rivulet.runtime.secrets.SecretLookup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code rivulet run --realtime}: runs a canvas live on the embedded engine (wall-clock ticks, live stream messages
 * from the local broker and each stream's transport, MQTT and other network modules, no replayed data) until {@code --duration} has passed or the process is interrupted (Ctrl+C), then stops
 * it cleanly: modules close their connections and files, and what reached the sinks is flushed before the process
 * exits. Sinks are written as JSON lines, as in replays.
 */
final class HeadlessRealtimeRun {
    /** How long an interrupted process waits for the run to stop its modules and flush its output. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final ModuleRegistry registry;
    private final PrintWriter err;
    private final SecretLookup secrets;
    private final RealtimeSource source;

    /** @param source live stream messages for Stream modules, or null when the run has none */
    HeadlessRealtimeRun(ModuleRegistry registry, PrintWriter err, SecretLookup secrets, RealtimeSource source) {
        this.registry = registry;
        this.err = err;
        this.secrets = secrets;
        this.source = source;
    }

    int run(CanvasDocument doc, HeadlessRun.Options o, Writer stdout) {
        if (!o.replays().isEmpty() || o.from() != null || o.to() != null || o.speed() != null) {
            err.println("rivulet run: --replay, --from, --to and --speed are for replays; a realtime run takes live"
                + " data");
            return 2;
        }
        Duration duration;
        try {
            duration = o.duration() == null ? null : parseDuration(o.duration());
        } catch (IllegalArgumentException e) {
            err.println("rivulet run: " + e.getMessage());
            return 2;
        }
        CountDownLatch flushed = new CountDownLatch(1);
        RunHandle[] started = new RunHandle[1];
        Thread onInterrupt = new Thread(() -> {
            RunHandle run = started[0];
            if (run != null) {
                run.stop();
            }
            try {
                // the JVM exits when this hook returns: let the main thread stop the run and flush first
                flushed.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rivulet-stop-on-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (Writer out = o.out() != null
            ? Files.newBufferedWriter(o.out(), StandardCharsets.UTF_8)
            : HeadlessRun.nonClosing(stdout);
             JsonLinesSink sink = new JsonLinesSink(out);
             EmbeddedEngine engine = new EmbeddedEngine(registry, secrets)) {
            RunRequest.Builder request = RunRequest.realtime(doc).ui(sink)
                .listener(new StderrListener(err, o.canvasFile().toString()));
            if (source != null) {
                request.source(source);
            }
            RunHandle run = engine.start(request.build());
            started[0] = run;
            long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
            while (!run.await(Duration.ofMillis(100))) {
                if (System.nanoTime() - end >= 0) {
                    run.stop();
                }
            }
            return report(run);
        } catch (IOException e) {
            err.println("rivulet run: cannot write output: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            err.flush();
            flushed.countDown();
            removeHook(onInterrupt);
        }
    }

    private int report(RunHandle run) {
        if (run.state() == RunState.FAILED) {
            Throwable t = run.failure().orElseThrow();
            err.println("rivulet run: " + (t.getMessage() != null ? t.getMessage() : t.toString()));
            return 1;
        }
        long failed = run.stats().modules().stream().filter(m -> m.status() == ModuleStatus.FAILED).count();
        err.println("notice: realtime run stopped (" + run.events() + " stream and network events)"
            + (failed == 0 ? "" : "; " + failed + " module(s) failed"));
        for (ModuleStats m : run.stats().modules()) {
            if (m.status() == ModuleStatus.FAILED) {
                err.println("warning: module " + m.name() + " (" + m.path() + ") failed: " + m.error());
            }
        }
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down (Ctrl+C): the hook is running and ends by itself
        }
    }

    /** "10s", "500ms", "2m", "1h", a plain number of seconds, or ISO-8601 ("PT10S"). */
    static Duration parseDuration(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (s.startsWith("pt") || s.startsWith("p")) {
                d = Duration.parse(s.toUpperCase(Locale.ROOT));
            } else if (s.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).trim()));
            } else if (s.endsWith("s")) {
                d = Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1).trim()) * 1000));
            } else if (s.endsWith("m")) {
                d = Duration.ofSeconds(Math.round(Double.parseDouble(s.substring(0, s.length() - 1).trim()) * 60));
            } else if (s.endsWith("h")) {
                d = Duration.ofSeconds(Math.round(Double.parseDouble(s.substring(0, s.length() - 1).trim()) * 3600));
            } else {
                d = Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
            }
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException();
            }
            return d;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("duration \"" + text + "\" is not a positive time such as 10s, 500ms,"
                + " 2m or 1h");
        }
    }
}
