package dev.rivulet.app.headless;

import dev.rivulet.core.CanvasResolver;
import dev.rivulet.core.DirectoryCanvasResolver;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.validation.CanvasValidator;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasSettings;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.JsonLinesSink;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.engine.RunState;
import dev.rivulet.runtime.engine.RealtimeSource;
import dev.rivulet.runtime.engine.StoredHistory;
import dev.rivulet.runtime.replay.TimeParser;
import dev.rivulet.runtime.secrets.CanvasSecrets;
import dev.rivulet.runtime.secrets.SecretLookup;
import dev.rivulet.runtime.secrets.SecretStoreException;
import dev.rivulet.modules.custom.CustomCodeUnits;
import dev.rivulet.runtime.engine.UntrustedCodeException;
import dev.rivulet.runtime.store.CanvasTrust;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The work of {@code rivulet run}: resolves the time range and speed from the options or the canvas settings, checks
 * that every replayed stream exists in the canvas, runs the canvas on the embedded engine and writes what reaches the
 * sinks as JSON lines. Every failure becomes one clear line on stderr and a non-zero exit code.
 */
public final class HeadlessRun {
    private final ModuleRegistry registry;
    private final PrintWriter err;
    private final SecretLookup secrets;
    private final StoredHistory history;
    /** Where trust in custom code is recorded (opened only for canvases with some); null: no custom code runs. */
    private Supplier<DataDirectory> codeTrust;
    private boolean trustNow;
    /** Live stream messages for realtime runs; without one, Stream modules receive nothing (the run says so). */
    private RealtimeSource liveSource;

    public HeadlessRun(ModuleRegistry registry, PrintWriter err) {
        this(registry, err, SecretLookup.NONE, StoredHistory.NONE);
    }

    /** A run whose secret parameters are resolved from {@code secrets} (the data directory's secret store). */
    public HeadlessRun(ModuleRegistry registry, PrintWriter err, SecretLookup secrets) {
        this(registry, err, secrets, StoredHistory.NONE);
    }

    /**
     * A run whose secret parameters are resolved from {@code secrets} and whose streams without a {@code --replay}
     * file are replayed from {@code history} (the local stream store).
     */
    public HeadlessRun(ModuleRegistry registry, PrintWriter err, SecretLookup secrets, StoredHistory history) {
        this.registry = registry;
        this.err = err;
        this.secrets = secrets;
        this.history = history;
    }

    /**
     * Lets trusted custom code (JavaModules) run, by the trust records of the data directory's workspace.db; with
     * {@code trustNow} the canvas's code is trusted (and recorded) first, as {@code run --trust} does.
     */
    public HeadlessRun withCodeTrust(Supplier<DataDirectory> dataDirectory, boolean trustNow) {
        this.codeTrust = dataDirectory;
        this.trustNow = trustNow;
        return this;
    }

    /** Realtime runs take live stream messages from {@code source} (the local broker and the streams' transports). */
    public HeadlessRun withLiveSource(RealtimeSource source) {
        this.liveSource = source;
        return this;
    }

    /** The trust records of the data directory's workspace.db, for canvases found through {@code registry}. */
    public static CanvasTrust trustStore(ModuleRegistry registry, DataDirectory dir) {
        return new CanvasTrust(Databases.open(dir).workspace(), registry, Clock.systemUTC());
    }

    /** Options as given on the command line (nulls where absent; duration only for realtime runs). */
    public record Options(Path canvasFile, Map<String, Path> replays, String from, String to, String speed, Path out,
                          boolean realtime, String duration) {
        public Options(Path canvasFile, Map<String, Path> replays, String from, String to, String speed, Path out) {
            this(canvasFile, replays, from, to, speed, out, false, null);
        }
    }

    public int run(CanvasDocument doc, Options o, Writer stdout) {
        String where = o.canvasFile().toString();
        ModuleRegistry registry = withSubCanvases(this.registry, o.canvasFile());
        List<CustomCodeUnits.CodeUnit> code = CustomCodeUnits.of(doc, registry);
        if (!code.isEmpty()) {
            // custom code runs with the rights of this program: only code the user wrote or trusted
            CanvasTrust trust = codeTrust == null ? null : trustStore(registry, codeTrust.get());
            if (trust != null && trustNow) {
                for (CustomCodeUnits.CodeUnit u : trust.markTrusted(doc)) {
                    err.println("notice: " + where + ": trusted the code of " + u.where());
                }
            }
            List<CustomCodeUnits.CodeUnit> untrusted = trust == null ? code : trust.untrusted(doc);
            if (!untrusted.isEmpty()) {
                err.println("rivulet run: " + where + ": " + new UntrustedCodeException(untrusted).getMessage()
                    + ". To trust it, run again with --trust or use: rivulet trust " + where);
                err.flush();
                return 1;
            }
            registry = registry.withCustomCodePolicy(trust);
        }
        // validated with the secrets resolved, so that only missing ones are reported
        try {
            for (Problem p : new CanvasValidator(CanvasSecrets.resolvingSubCanvases(registry, secrets))
                .validate(CanvasSecrets.resolve(doc, secrets))) {
                err.println("warning: " + where + ": " + p);
            }
        } catch (SecretStoreException e) {
            err.println("rivulet run: " + e.getMessage());
            err.flush();
            return 1;
        }
        err.flush();
        if (o.realtime()) {
            return new HeadlessRealtimeRun(registry, err, secrets, liveSource).run(doc, o, stdout);
        }
        if (o.duration() != null) {
            err.println("rivulet run: --duration is for realtime runs (add --realtime)");
            return 2;
        }
        CanvasSettings settings = doc.settings == null ? new CanvasSettings() : doc.settings;
        long from;
        long to;
        double speed;
        try {
            from = o.from() != null ? TimeParser.parse(o.from())
                : settings.beginDate != null && !settings.beginDate.isBlank() ? TimeParser.parse(settings.beginDate)
                : Long.MIN_VALUE;
            to = o.to() != null ? TimeParser.parseEnd(o.to())
                : settings.endDate != null && !settings.endDate.isBlank() ? TimeParser.parseEnd(settings.endDate)
                : Long.MAX_VALUE;
            speed = parseSpeed(o.speed() != null ? o.speed() : settings.speed);
        } catch (IllegalArgumentException e) {
            err.println("rivulet run: " + e.getMessage());
            return 2;
        }
        if (from != Long.MIN_VALUE && to != Long.MAX_VALUE && from > to) {
            err.println("rivulet run: --from is after --to");
            return 2;
        }
        Set<String> streams = new LinkedHashSet<>();
        collectStreams(registry, doc, streams, 0);
        for (String id : o.replays().keySet()) {
            if (!streams.contains(id)) {
                err.println("rivulet run: unknown stream \"" + id + "\" in --replay: the canvas reads "
                    + (streams.isEmpty() ? "no streams" : "the streams " + streams));
                return 2;
            }
        }
        for (Path p : o.replays().values()) {
            if (!Files.isReadable(p)) {
                err.println("rivulet run: " + p + ": file not found or not readable");
                return 1;
            }
        }
        try (Writer out = o.out() != null
            ? Files.newBufferedWriter(o.out(), StandardCharsets.UTF_8)
            : nonClosing(stdout);
             JsonLinesSink sink = new JsonLinesSink(out);
             EmbeddedEngine engine = new EmbeddedEngine(registry, secrets, history)) {
            RunRequest.Builder req = RunRequest.historical(doc).from(from).to(to).speed(speed).ui(sink)
                .listener(new StderrListener(err, where));
            o.replays().forEach(req::replay);
            RunHandle run = engine.start(req.build());
            while (!run.await(Duration.ofSeconds(1))) {
                // keep waiting; the run ends by itself
            }
            if (run.state() == RunState.FAILED) {
                Throwable t = run.failure().orElseThrow();
                err.println("rivulet run: " + (t.getMessage() != null ? t.getMessage() : t.toString()));
                return 1;
            }
            return 0;
        } catch (IOException e) {
            err.println("rivulet run: cannot write output: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            err.flush();
        }
    }

    /** The stream ids that Stream modules read, in the canvas and in the sub-canvases its modules embed. */
    private static void collectStreams(ModuleRegistry registry, CanvasDocument doc, Set<String> into, int depth) {
        for (ModuleNode m : doc.modules) {
            ModuleDefinition def = registry.resolve(m.type);
            if (def == null) {
                continue;
            }
            if (def.id().equals("stream")) {
                into.add(String.valueOf(m.paramValue("stream", "")));
            } else if (EMBEDDING.contains(def.id()) && depth < 32) {
                Object id = m.paramValue("canvas", null);
                if (id != null) {
                    registry.canvasResolver().resolve(String.valueOf(id))
                        .ifPresent(sub -> collectStreams(registry, sub, into, depth + 1));
                }
            }
        }
    }

    private static final Set<String> EMBEDDING = Set.of("canvas", "for-each", "for-each-item");

    /**
     * The registry, finding the sub-canvases that Canvas, ForEach and ForEachItem modules embed (by canvas id) among
     * the canvas files in the same folder as the canvas file, unless the registry already has a resolver.
     */
    public static ModuleRegistry withSubCanvases(ModuleRegistry registry, Path canvasFile) {
        if (registry.canvasResolver() != CanvasResolver.NONE || canvasFile == null) {
            return registry;
        }
        Path dir = canvasFile.toAbsolutePath().getParent();
        return registry.withCanvasResolver(new DirectoryCanvasResolver(dir, registry));
    }

    static double parseSpeed(String s) {
        if (s == null || s.isBlank() || s.equalsIgnoreCase("full") || s.trim().equals("0")) {
            return 0;
        }
        try {
            double v = Double.parseDouble(s.trim());
            if (v <= 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("speed \"" + s + "\" is not a positive number or \"full\"");
        }
    }

    /** The caller's stdout: flushed, never closed, by the run. */
    static Writer nonClosing(Writer w) {
        return new java.io.FilterWriter(w) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

}
