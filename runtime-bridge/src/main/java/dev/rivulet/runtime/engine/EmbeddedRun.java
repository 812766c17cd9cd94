package dev.rivulet.runtime.engine;

import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.RecordCursor;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.StreamInlet;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One run of the {@link EmbeddedEngine} on its own engine thread: builds the canvas, restores or clears its state,
 * replays recorded data (historical) or runs the {@link RealtimeLoop} until stopped, and at the end takes the final
 * snapshot and stops every module. Controls from other threads are queued and run on the engine thread between events.
 */
final class EmbeddedRun implements RunHandle {
    private final String id;
    private final RunRequest request;
    private final ModuleRegistry registry;
    private final SecretLookup secrets;
    private final StoredHistory history;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final RunControls controls = new RunControls(() -> this.external);
    private final StatsSampler sampler;
    private final SnapshotSchedule snapshots;
    private volatile RunState state = RunState.STARTING;
    private volatile boolean stopRequested;
    private volatile boolean paused;
    private volatile Throwable failure;
    private volatile CanvasRuntime runtime;
    private volatile ReplayLoop loop;
    private volatile ExternalEventQueue external;
    private volatile long events;

    EmbeddedRun(String id, RunRequest request, ModuleRegistry registry, SecretLookup secrets, StoredHistory history) {
        this.id = id;
        this.request = request;
        this.registry = registry;
        this.secrets = secrets;
        this.history = history;
        this.sampler = new StatsSampler(request.statsInterval());
        this.snapshots = new SnapshotSchedule(request.snapshots(), request.snapshotInterval());
    }

    void execute() {
        List<RecordCursor> opened = new ArrayList<>();
        RealtimeLoop realtime = null;
        try {
            RunContext ctx = new RunContext(request.mode(), request.ui(), request.listener());
            // values of secret parameters exist only in this copy, which never leaves the engine
            CanvasRuntime rt = CanvasRuntime.build(CanvasSecrets.resolve(request.canvas(), secrets), registry, ctx);
            runtime = rt;
            if (request.reset()) {
                rt.clearState();
            } else if (request.resumeFrom() != null) {
                rt.restore(request.resumeFrom());
            }
            if (request.mode() == RunMode.HISTORICAL) {
                ReplayLoop replay = replayLoop(rt, opened);
                loop = replay;
                state = RunState.RUNNING;
                replay.run(request.from(), request.to(), request.speed(), this::poll);
            } else {
                ExternalEventQueue queue = new ExternalEventQueue(rt).attachAll();
                external = queue;
                realtime = new RealtimeLoop(this, rt, queue);
                state = RunState.RUNNING;
                realtime.run();
            }
            state = stopRequested ? RunState.STOPPED : RunState.DONE;
        } catch (RuntimeException e) {
            failure = e;
            state = RunState.FAILED;
        } finally {
            end(realtime);
            opened.forEach(RecordCursor::close);
            finished.countDown();
        }
    }

    private ReplayLoop replayLoop(CanvasRuntime rt, List<RecordCursor> opened) {
        ReplayLoop replay = new ReplayLoop(rt);
        for (StreamInlet inlet : rt.streamInlets()) {
            StreamSourceModule s = inlet.source();
            Path file = request.replays().get(s.streamId());
            RecordCursor cursor;
            if (file != null) {
                CsvRecordCursor csv = CsvRecordCursor.open(file, s.fieldNames(), s.fieldTypes());
                csv.warnings().forEach(w -> request.listener().notice(w));
                cursor = csv;
            } else {
                // no file given: the stream's stored history, if the registry has the stream
                cursor = history.open(s, request.from(), request.to()).orElseThrow(() -> new ReplayException(
                    "no data for stream \"" + s.streamId() + "\" (module " + s.module().name()
                        + (inlet.topLevel() ? "" : " at " + inlet.path()) + "): give it with --replay "
                        + s.streamId() + "=FILE.csv, or create the stream and import its history (rivulet streams)"));
            }
            opened.add(cursor);
            replay.source(inlet, cursor);
        }
        return replay;
    }

    /** Closes outside inputs, takes the final snapshot, stops the modules and publishes the final statistics. */
    private void end(RealtimeLoop realtime) {
        ExternalEventQueue queue = external;
        if (queue != null) {
            queue.close();
        }
        if (realtime != null) {
            realtime.unsubscribe();
        }
        CanvasRuntime rt = runtime;
        if (rt == null) {
            controls.end();
            return;
        }
        runRequests();
        controls.end();
        if (state != RunState.FAILED || loop != null || queue != null) {
            // a run that got going has state worth keeping, even one that broke down on bad input
            snapshots.atStop(rt);
        }
        rt.stop();
        sampler.sample(rt, events());
    }

    /** Historical loop callback, every 1024 events and while throttled: controls, housekeeping, stop. */
    private boolean poll() {
        runRequests();
        housekeeping(loop == null ? 0 : loop.events());
        if (paused && !stopRequested) {
            long pausedAt = System.nanoTime();
            while (paused && !stopRequested) {
                // paused: wait here, still applying controls (parameters, snapshots) and sampling statistics
                java.util.concurrent.locks.LockSupport.parkNanos(this, 20_000_000L);
                runRequests();
                housekeeping(loop == null ? 0 : loop.events());
            }
            ReplayLoop l = loop;
            if (l != null) {
                l.held(System.nanoTime() - pausedAt);
            }
        }
        return stopRequested;
    }

    /** Runs queued controls; engine thread only. */
    void runRequests() {
        controls.runAll(request.listener());
    }

    /** Statistics and periodic snapshots when due; engine thread only. */
    void housekeeping(long eventCount) {
        CanvasRuntime rt = runtime;
        sampler.maybeSample(rt, eventCount);
        snapshots.maybeTake(rt);
    }

    void progress(long eventCount) {
        events = eventCount;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    RunRequest request() {
        return request;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public RunMode mode() {
        return request.mode();
    }

    @Override
    public RunState state() {
        return state;
    }

    @Override
    public long events() {
        ReplayLoop l = loop;
        return l != null ? l.events() : events;
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
    public RunStats stats() {
        return sampler.latest();
    }

    @Override
    public void stop() {
        stopRequested = true;
        controls.wake();
    }

    @Override
    public void setPaused(boolean on) {
        paused = on && request.mode() == RunMode.HISTORICAL;
        if (!on) {
            controls.wake();
        }
    }

    @Override
    public boolean paused() {
        return paused;
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void setParameter(int moduleHash, String param, Object value) {
        controls.submit(() -> runtime.setParameter(moduleHash, param, value));
    }

    @Override
    public void uiEvent(int moduleHash, Map<String, Object> event) {
        Map<String, Object> copy = Map.copyOf(event);
        controls.submit(() -> runtime.uiEvent(moduleHash, copy));
    }

    @Override
    public void uiEvent(String modulePath, Map<String, Object> event) {
        Map<String, Object> copy = Map.copyOf(event);
        controls.submit(() -> runtime.uiEvent(modulePath, copy));
    }

    @Override
    public WireTap inspect(int moduleHash, String output, int capacity) {
        WireTap[] made = new WireTap[1];
        made[0] = new WireTap(capacity, () -> {
            CanvasRuntime rt = runtime;
            return rt == null ? 0 : rt.context().time();
        }, () -> controls.submit(() -> outputOf(moduleHash, output).tap(null)));
        controls.submit(() -> outputOf(moduleHash, output).tap(made[0]));
        return made[0];
    }

    private dev.rivulet.core.Output outputOf(int moduleHash, String output) {
        dev.rivulet.core.ModuleInstance m = runtime.module(moduleHash);
        if (m == null) {
            throw new IllegalArgumentException("no module " + moduleHash + " to inspect");
        }
        dev.rivulet.core.Output o = m.output(output);
        if (o == null) {
            throw new IllegalArgumentException("module " + moduleHash + " has no output " + output + " to inspect");
        }
        return o;
    }

    @Override
    public void clearState() {
        controls.submit(() -> runtime.clearState());
    }

    @Override
    public CompletableFuture<byte[]> snapshot() {
        return controls.snapshot(() -> runtime);
    }
}
