package dev.rivulet.runtime.engine;

import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.RecordCursor;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.StreamSourceModule;
import dev.rivulet.runtime.replay.CsvRecordCursor;
import dev.rivulet.runtime.replay.ReplayException;
import dev.rivulet.runtime.secrets.CanvasSecrets;
import dev.rivulet.runtime.secrets.SecretLookup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs canvases in this process, one engine thread per run (modules are single-threaded, as in Streamr). Requests
 * from other threads (parameter changes) are queued and applied on the engine thread between events.
 *
 * <p>Secret parameters that refer to the secret store are resolved before modules are configured; a reference the
 * store does not have fails its module with a clear message.
 *
 * <p>Usage: {@code try (Engine engine = new EmbeddedEngine(ModuleRegistry.load(), secretStore)) {
 * engine.start(request).await(..); }}
 */
public final class EmbeddedEngine implements Engine {
    private final ModuleRegistry registry;
    private final SecretLookup secrets;
    private final StoredHistory history;
    private final List<Run> runs = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** An engine without a secret store: canvases that refer to stored secrets run without those modules. */
    public EmbeddedEngine(ModuleRegistry registry) {
        this(registry, SecretLookup.NONE, StoredHistory.NONE);
    }

    public EmbeddedEngine(ModuleRegistry registry, SecretLookup secrets) {
        this(registry, secrets, StoredHistory.NONE);
    }

    /** An engine that replays streams without a CSV file from {@code history}. */
    public EmbeddedEngine(ModuleRegistry registry, StoredHistory history) {
        this(registry, SecretLookup.NONE, history);
    }

    /** Secrets resolved from {@code secrets}; streams without a CSV file replayed from {@code history}. */
    public EmbeddedEngine(ModuleRegistry registry, SecretLookup secrets, StoredHistory history) {
        this.registry = secrets == SecretLookup.NONE ? registry : CanvasSecrets.resolvingSubCanvases(registry, secrets);
        this.secrets = secrets;
        this.history = history;
    }

    @Override
    public RunHandle start(RunRequest request) {
        if (request.mode() != RunMode.HISTORICAL) {
            throw new UnsupportedOperationException("realtime runs need a live stream transport; "
                + "the embedded engine runs historical replays for now");
        }
        Run run = new Run("run-" + ids.incrementAndGet(), request);
        runs.add(run);
        Thread t = new Thread(run::execute, "rivulet-engine-" + run.id);
        t.setDaemon(true);
        t.start();
        return run;
    }

    @Override
    public List<RunHandle> runs() {
        return List.copyOf(runs);
    }

    @Override
    public void close() {
        for (Run r : runs) {
            r.stop();
        }
        runs.clear();
    }

    private final class Run implements RunHandle {
        private final String id;
        private final RunRequest request;
        private final CountDownLatch finished = new CountDownLatch(1);
        private final ConcurrentLinkedQueue<Runnable> requests = new ConcurrentLinkedQueue<>();
        private volatile RunState state = RunState.STARTING;
        private volatile boolean stopRequested;
        private volatile Throwable failure;
        private volatile CanvasRuntime runtime;
        private volatile ReplayLoop loop;

        Run(String id, RunRequest request) {
            this.id = id;
            this.request = request;
        }

        void execute() {
            List<RecordCursor> opened = new ArrayList<>();
            try {
                RunContext ctx = new RunContext(request.mode(), request.ui(), request.listener());
                // values of secret parameters exist only in this copy, which never leaves the engine
                CanvasRuntime rt = CanvasRuntime.build(CanvasSecrets.resolve(request.canvas(), secrets), registry, ctx);
                runtime = rt;
                ReplayLoop replay = new ReplayLoop(rt);
                for (StreamSourceModule s : rt.streamSources()) {
                    Path file = request.replays().get(s.streamId());
                    RecordCursor cursor;
                    if (file != null) {
                        CsvRecordCursor csv = CsvRecordCursor.open(file, s.fieldNames(), s.fieldTypes());
                        csv.warnings().forEach(w -> request.listener().notice(w));
                        cursor = csv;
                    } else {
                        cursor = history.open(s, request.from(), request.to()).orElseThrow(() -> new ReplayException(
                            "no data for stream \"" + s.streamId() + "\" (module " + s.module().name() + "): give it"
                                + " with --replay " + s.streamId() + "=FILE.csv, or create the stream and import its"
                                + " history (rivulet streams)"));
                    }
                    opened.add(cursor);
                    replay.source(s, cursor);
                }
                loop = replay;
                state = RunState.RUNNING;
                replay.run(request.from(), request.to(), request.speed(), this::poll);
                state = stopRequested ? RunState.STOPPED : RunState.DONE;
            } catch (RuntimeException e) {
                failure = e;
                state = RunState.FAILED;
            } finally {
                CanvasRuntime rt = runtime;
                if (rt != null) {
                    rt.stop();
                }
                opened.forEach(RecordCursor::close);
                finished.countDown();
            }
        }

        /** Called by the loop every 1024 events: apply queued requests, report whether to stop. */
        private boolean poll() {
            Runnable r;
            while ((r = requests.poll()) != null) {
                r.run();
            }
            return stopRequested;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public RunState state() {
            return state;
        }

        @Override
        public long events() {
            ReplayLoop l = loop;
            return l == null ? 0 : l.events();
        }

        @Override
        public long time() {
            CanvasRuntime rt = runtime;
            return rt == null ? 0 : rt.context().time();
        }

        @Override
        public Map<Integer, List<String>> problems() {
            CanvasRuntime rt = runtime;
            return rt == null ? Map.of() : rt.problems();
        }

        @Override
        public Optional<Throwable> failure() {
            return Optional.ofNullable(failure);
        }

        @Override
        public void stop() {
            stopRequested = true;
        }

        @Override
        public boolean await(Duration timeout) throws InterruptedException {
            return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void setParameter(int moduleHash, String param, Object value) {
            requests.add(() -> runtime.setParameter(moduleHash, param, value));
        }

        @Override
        public void uiEvent(int moduleHash, Map<String, Object> event) {
            Map<String, Object> copy = Map.copyOf(event);
            requests.add(() -> runtime.uiEvent(moduleHash, copy));
        }
    }
}
