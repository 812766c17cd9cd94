package dev.rivulet.wallet.testkit;

import dev.rivulet.core.AsyncEventSource;
import dev.rivulet.core.AsyncEvents;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.StreamSourceModule;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.UiSink;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * (The wallet's copy of module-library's test kit: the wallet cannot see runtime-bridge, nor module-library's test
 * classes.) Runs a canvas through the real engine with in-memory streams and records what reaches Tables, module
 * failures, warnings and notices. Historical by default; {@link #realtime} runs in realtime mode, and
 * {@link #withAsyncEvents()} plays an engine host that delivers events from other threads (as runtime-bridge's
 * ExternalEventQueue does): the test thread is the engine thread, and {@link #drainUntil} delivers them.
 *
 * <pre>{@code
 * CanvasRun run = new CanvasRun(doc, registry).replay("s", cursor).run();
 * assertThat(run.rows(table)).containsExactly(List.of(1.0));
 * }</pre>
 */
public final class CanvasRun implements UiSink, RunListener, AsyncEvents, AutoCloseable {
    private final CanvasDocument doc;
    private final ModuleRegistry registry;
    private final RunMode mode;
    private final Map<String, MemoryCursor> streams = new HashMap<>();
    private final Map<Integer, List<UiMessage>> messages = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final LinkedBlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
    private boolean async;
    private volatile boolean closed;
    private CanvasRuntime runtime;

    public CanvasRun(CanvasDocument doc, ModuleRegistry registry) {
        this(doc, registry, RunMode.HISTORICAL);
    }

    private CanvasRun(CanvasDocument doc, ModuleRegistry registry, RunMode mode) {
        this.doc = doc;
        this.registry = registry;
        this.mode = mode;
    }

    public static CanvasRun realtime(CanvasDocument doc, ModuleRegistry registry) {
        return new CanvasRun(doc, registry, RunMode.REALTIME);
    }

    public CanvasRun withAsyncEvents() {
        async = true;
        return this;
    }

    public CanvasRun replay(String streamId, MemoryCursor cursor) {
        streams.put(streamId, cursor);
        return this;
    }

    public CanvasRuntime start() {
        if (runtime == null) {
            runtime = CanvasRuntime.build(doc, registry, new RunContext(mode, this, this));
            if (async) {
                for (ModuleInstance m : runtime.modules()) {
                    if (m instanceof AsyncEventSource source) {
                        try {
                            source.attach(this);
                        } catch (RuntimeException e) {
                            moduleFailed(m, "could not start: " + e.getMessage());
                        }
                    }
                }
            }
        }
        return runtime;
    }

    public CanvasRun run() {
        start();
        ReplayLoop loop = new ReplayLoop(runtime);
        for (StreamSourceModule s : runtime.streamSources()) {
            MemoryCursor c = streams.get(s.streamId());
            if (c != null) {
                loop.source(s, c);
            }
        }
        loop.run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        return this;
    }

    @Override
    public boolean post(ModuleInstance module, Runnable stage) {
        if (closed) {
            return false;
        }
        return events.offer(() -> {
            stage.run();
            runtime.activateNow(module);
        });
    }

    /** Delivers posted events on this (the engine) thread until the condition holds or the timeout passes. */
    public boolean drainUntil(BooleanSupplier condition, Duration timeout) {
        start();
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            try {
                Runnable e = events.poll(20, TimeUnit.MILLISECONDS);
                if (e != null) {
                    e.run();
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return condition.getAsBoolean();
    }

    public CanvasRuntime runtime() {
        return runtime;
    }

    /** Rows a Table received, values in input order. */
    public List<List<Object>> rows(ModuleNode table) {
        List<List<Object>> rows = new ArrayList<>();
        for (UiMessage m : messages.getOrDefault(table.hash, List.of())) {
            if (m instanceof UiMessage.TableRow r) {
                rows.add(r.values());
            }
        }
        return rows;
    }

    public List<String> failures() {
        return failures;
    }

    public List<String> warnings() {
        return warnings;
    }

    public List<String> notices() {
        return notices;
    }

    /** Problems found while building, by module hash. */
    public Map<Integer, List<String>> problems() {
        return runtime == null ? Map.of() : runtime.problems();
    }

    @Override
    public void close() {
        closed = true;
        if (runtime != null) {
            runtime.stop();
        }
    }

    @Override
    public synchronized void publish(ModuleInstance module, UiMessage message) {
        messages.computeIfAbsent(module.hash(), k -> new ArrayList<>()).add(message);
    }

    @Override
    public void moduleFailed(ModuleInstance module, String message) {
        failures.add(module.name() + ": " + message);
    }

    @Override
    public void moduleWarning(ModuleInstance module, String message) {
        warnings.add(module.name() + ": " + message);
    }

    @Override
    public void notice(String message) {
        notices.add(message);
    }
}
