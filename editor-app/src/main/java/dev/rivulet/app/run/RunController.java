package dev.rivulet.app.run;

import dev.rivulet.app.workspace.ConsoleViewModel.Row;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.skin.ModuleRunStatus;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.RunMode;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.modules.custom.CustomCodeUnits.CodeUnit;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.engine.RunState;
import dev.rivulet.runtime.engine.UntrustedCodeException;
import dev.rivulet.runtime.live.UiUpdateHub;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one open canvas on the engine: realtime (Run, Reset and start, Stop) or a historical replay over a throw-away
 * copy (range, speed, pause, progress, "done"). The engine runs on its own thread and never waits for the UI: widget
 * messages reach the canvas's widgets through one coalescing {@link UiUpdateHub} drained once per FX pulse, and module
 * statistics are read from the run's sampled {@code RunStats} at most twice a second. While a run is active the canvas
 * is read-only except for parameter values, which are sent to the run as they change (and saved in the document).
 * Every method is called on the FX thread.
 *
 * <p>Usage: {@code RunController run = new RunController(canvasId, session, services); run.runRealtime(false);
 * run.stop();}
 */
public final class RunController implements WidgetHost {
    private static final Logger LOG = LoggerFactory.getLogger(RunController.class);
    private static final long SAMPLE_NANOS = 500_000_000L;
    private static final long WARM_UP_MILLIS = 3_000;
    private static final Duration SNAPSHOT_INTERVAL = Duration.ofSeconds(10);

    /** Where a controller is in its life. */
    public enum Phase { IDLE, STARTING, RUNNING }

    private final Supplier<String> canvasId;
    private final EditSession session;
    private RunServices services;
    private final UiUpdateHub hub = new UiUpdateHub(20_000, 1_000);
    /** Runs started from this controller (FX thread); widgets clear when it changes. */
    private long runNumber;
    private final RunStatuses statuses = new RunStatuses();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyObjectWrapper<RunMode> mode = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyLongWrapper engineTime = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final List<Consumer<Map<Integer, ModuleRunStatus>>> statusListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<Row>>> warningListeners = new CopyOnWriteArrayList<>();
    /** Held weakly: widget skins come and go with the canvas's culling and themes, and must not be kept alive here. */
    private final List<java.lang.ref.WeakReference<Runnable>> runListeners = new CopyOnWriteArrayList<>();
    private final LiveEditing live;
    private final AnimationTimer pulse;
    private Consumer<String> status = s -> { };
    private Predicate<List<CodeUnit>> askTrust = units -> false;
    private RunHandle run;
    private CanvasDocument running;
    private long from;
    private long to;
    private long startedMillis;
    private long lastSample;
    private Runnable afterStop;
    /** Notices of the current run (a stream without data, a skipped tick), newest last, at most 50. */
    private final List<String> notices = new CopyOnWriteArrayList<>();

    /**
     * @param canvasId the canvas's stable id (the workspace id), read when a run starts: runs publish to dashboards and
     *                 keep their saved state under it
     * @param services what runs need, or null until the composition root provides it ({@link #setServices})
     */
    public RunController(Supplier<String> canvasId, EditSession session, RunServices services) {
        this.canvasId = canvasId;
        this.session = session;
        this.services = services;
        this.live = new LiveEditing(session);
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
    }

    /** Sets what runs need (null: the canvas cannot run, with a message saying why). */
    public void setServices(RunServices services) {
        this.services = services;
    }

    /** Where refusals and run messages go (the status bar). */
    public void setStatusSink(Consumer<String> sink) {
        status = Objects.requireNonNull(sink);
    }

    /** Asked when a canvas holds custom code the user has not trusted; true trusts it and runs. */
    public void setTrustPrompt(Predicate<List<CodeUnit>> prompt) {
        askTrust = Objects.requireNonNull(prompt);
    }

    public ReadOnlyObjectProperty<Phase> phase() {
        return phase.getReadOnlyProperty();
    }

    /** REALTIME or HISTORICAL while a run is active, else null. */
    public ReadOnlyObjectProperty<RunMode> mode() {
        return mode.getReadOnlyProperty();
    }

    /** A replay's progress from 0 to 1, or -1 when unknown (realtime, open range). */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** The run's engine time (simulated time in a replay), epoch millis. */
    public ReadOnlyLongProperty engineTime() {
        return engineTime.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty paused() {
        return paused.getReadOnlyProperty();
    }

    /** The last run's outcome ("Replay done: 1,204 events", "Run failed: ..."), empty while running. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    public boolean isActive() {
        return phase.get() != Phase.IDLE;
    }

    /** The current run, or null. */
    public RunHandle handle() {
        return run;
    }

    /** Hears the module statuses of each sample (an empty map when the run ends). */
    public void addStatusListener(Consumer<Map<Integer, ModuleRunStatus>> listener) {
        statusListeners.add(listener);
    }

    /** Hears the console's run-time rows of each sample (empty when the run ends). */
    public void addWarningListener(Consumer<List<Row>> listener) {
        warningListeners.add(listener);
    }

    @Override
    public void addRunListener(Runnable listener) {
        runListeners.add(new java.lang.ref.WeakReference<>(listener));
    }

    private void fireRunChanged() {
        for (java.lang.ref.WeakReference<Runnable> ref : runListeners) {
            Runnable r = ref.get();
            if (r == null) {
                runListeners.remove(ref);
            } else {
                r.run();
            }
        }
    }

    @Override
    public UiUpdateHub hub() {
        Phase p = phase.get();
        return p == Phase.RUNNING || p == Phase.IDLE && runNumber > 0 ? hub : null;
    }

    @Override
    public long runNumber() {
        return runNumber;
    }

    @Override
    public Map<String, Object> widgetOptions(Map<String, Object> moduleOptions) {
        return services == null ? moduleOptions : services.widgetDefaults().under(moduleOptions);
    }

    @Override
    public void sendUiEvent(int hash, Map<String, Object> event) {
        RunHandle r = run;
        if (r != null && phase.get() == Phase.RUNNING) {
            r.uiEvent(hash, event);
        }
    }

    @Override
    public void resize(int hash, double width, double height) {
        var r = session.resizeModule(hash, width, height);
        if (!r.done()) {
            status.accept(r.reason());
        }
    }

    /** Runs the canvas live; {@code reset} clears every module's state and ignores saved state ("Reset and start"). */
    public void runRealtime(boolean reset) {
        if (unavailable()) {
            return;
        }
        if (isActive()) {
            if (reset) {
                afterStop = () -> runRealtime(true);
                stop();
            }
            return;
        }
        CanvasDocument doc = session.document().copy();
        String id = canvasId.get();
        boolean saveState = Boolean.TRUE.equals(doc.settings == null ? null : doc.settings.serializationEnabled)
            && services.runStates() != null;
        begin(RunMode.REALTIME, doc, Long.MIN_VALUE, Long.MAX_VALUE);
        services.background().execute(() -> {
            byte[] resume = null;
            if (saveState && !reset) {
                try {
                    resume = services.runStates().latest(id).map(s -> s.state()).orElse(null);
                } catch (RuntimeException e) {
                    LOG.warn("Cannot read the saved state of {}", id, e);
                }
            }
            RunRequest.Builder req = RunRequest.realtime(doc).source(services.realtime()).ui(hub)
                .listener(listener()).reset(reset).resumeFrom(resume);
            if (saveState) {
                req.snapshots(services.runStates().sink(id, services.background()), SNAPSHOT_INTERVAL);
            }
            boolean resumed = resume != null;
            start(req.build(), doc, resumed ? "Resumed from saved state" : reset ? "Started with cleared state"
                : "Running");
        });
    }

    /** Replays the stored history of the canvas's streams between two times, on a copy of the canvas. */
    public void runHistorical(long fromMillis, long toMillis, double speed) {
        if (unavailable() || isActive()) {
            return;
        }
        CanvasDocument doc = session.document().copy();
        begin(RunMode.HISTORICAL, doc, fromMillis, toMillis);
        RunRequest req = RunRequest.historical(doc).from(fromMillis).to(toMillis).speed(speed).ui(hub)
            .listener(listener()).build();
        services.background().execute(() -> start(req, doc, "Replaying"));
    }

    private boolean unavailable() {
        if (services == null) {
            notice.set("Cannot run: the engine is not available (the stores could not be opened)");
            status.accept(notice.get());
            return true;
        }
        return false;
    }

    /** Stops the run (it snapshots its state if the canvas saves state); the controller goes idle when it has ended. */
    public void stop() {
        RunHandle r = run;
        if (r != null) {
            r.stop();
            status.accept("Stopping…");
        }
    }

    /** Pauses or resumes a replay. */
    public void setPaused(boolean on) {
        RunHandle r = run;
        if (r != null && mode.get() == RunMode.HISTORICAL) {
            r.setPaused(on);
            paused.set(on);
        }
    }

    /** Stops any run and forgets listeners (the canvas was closed). */
    public void dispose() {
        stop();
        statusListeners.clear();
        warningListeners.clear();
    }

    // ---- life of a run ------------------------------------------------------------------------------------------

    private void begin(RunMode m, CanvasDocument doc, long fromMillis, long toMillis) {
        runNumber++;
        running = doc;
        from = fromMillis;
        to = toMillis;
        mode.set(m);
        phase.set(Phase.STARTING);
        notice.set("");
        paused.set(false);
        progress.set(-1);
        notices.clear();
        live.begin(doc, s -> status.accept(s));
        hub.reset();
    }

    /** Background thread: starts the run, then hands over to the FX thread. */
    private void start(RunRequest request, CanvasDocument doc, String message) {
        RunHandle started;
        try {
            started = services.engine().start(request);
        } catch (UntrustedCodeException e) {
            Platform.runLater(() -> {
                end("Not run: " + e.getMessage());
                if (askTrust.test(e.modules()) && services.trust() != null) {
                    services.trust().markTrusted(doc);
                    if (request.mode() == RunMode.REALTIME) {
                        runRealtime(request.reset());
                    } else {
                        runHistorical(request.from(), request.to(), request.speed());
                    }
                }
            });
            return;
        } catch (RuntimeException e) {
            LOG.warn("Cannot start a run", e);
            Platform.runLater(() -> end("Not run: " + e.getMessage()));
            return;
        }
        Platform.runLater(() -> {
            run = started;
            live.started(started);
            startedMillis = System.currentTimeMillis();
            phase.set(Phase.RUNNING);
            status.accept(message);
            if (services.dashboards() != null) {
                services.dashboards().started(canvasId.get(), hub, started::uiEvent);
            }
            fireRunChanged();
            lastSample = 0;
            pulse.start();
        });
    }

    private void frame(long now) {
        hub.deliverPending();
        RunHandle r = run;
        if (r == null) {
            return;
        }
        boolean ended = r.state() != RunState.RUNNING && r.state() != RunState.STARTING;
        if (!ended && now - lastSample < SAMPLE_NANOS && lastSample != 0) {
            return;
        }
        lastSample = now;
        sample(r, now);
        if (ended) {
            hub.deliverPending();
            finish(r);
        }
    }

    private void sample(RunHandle r, long now) {
        var stats = r.stats();
        Map<Integer, ModuleRunStatus> shown = statuses.next(stats, now);
        statusListeners.forEach(l -> l.accept(shown));
        boolean warm = System.currentTimeMillis() - startedMillis >= WARM_UP_MILLIS
            || mode.get() == RunMode.HISTORICAL && r.state() == RunState.DONE;
        List<Row> rows = new ArrayList<>(RuntimeWarnings.of(stats, running, warm));
        for (String n : notices) {
            rows.add(new Row(0, "(run)", dev.rivulet.core.validation.Problem.Severity.WARNING, "run", n));
        }
        warningListeners.forEach(l -> l.accept(rows));
        long t = r.time();
        engineTime.set(t);
        if (mode.get() == RunMode.HISTORICAL && from != Long.MIN_VALUE && to != Long.MAX_VALUE && to > from) {
            progress.set(Math.max(0, Math.min(1, (t - from) / (double) (to - from))));
        }
    }

    private void finish(RunHandle r) {
        pulse.stop();
        String outcome = switch (r.state()) {
            case DONE -> "Replay done: " + String.format("%,d", r.events()) + " events";
            case FAILED -> "Run failed: " + r.failure().map(t -> t.getMessage() != null ? t.getMessage()
                : t.toString()).orElse("unknown error");
            default -> "Stopped after " + String.format("%,d", r.events()) + " events";
        };
        if (r.state() == RunState.DONE) {
            progress.set(1);
        }
        if (services.dashboards() != null) {
            services.dashboards().stopped(canvasId.get());
        }
        end(outcome);
        // failed modules stay visible in the console after the run; the footers go
        statusListeners.forEach(l -> l.accept(Map.of()));
        Runnable next = afterStop;
        afterStop = null;
        if (next != null) {
            next.run();
        }
    }

    private void end(String outcome) {
        run = null;
        live.end();
        phase.set(Phase.IDLE);
        mode.set(null);
        paused.set(false);
        notice.set(outcome);
        status.accept(outcome);
        fireRunChanged();
    }

    private RunListener listener() {
        return new RunListener() {
            @Override
            public void notice(String message) {
                LOG.info("run notice: {}", message);
                if (notices.size() < 50) {
                    notices.add(message);
                }
            }
        };
    }
}
