package dev.rivulet.runtime.testkit;

import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.StreamInlet;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.UiSink;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.ExternalEventQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a canvas through the real engine with in-memory streams and records what reaches the widget sinks, module
 * failures, warnings and notices (runtime-bridge's copy of module-library's test kit, whose registry here also holds
 * the integration modules). Historical by default; {@link #realtime} runs in realtime mode, and
 * {@link #withExternalEvents()} plays the engine host that delivers events from other threads (MQTT messages,
 * asynchronous HTTP responses): the test thread is the engine thread, and {@link #awaitRows} drains those events.
 *
 * <pre>{@code
 * try (CanvasRun run = CanvasRun.realtime(doc).withExternalEvents()) {
 *     run.replay("s", cursor).run();
 *     assertThat(run.awaitRows(table, 2, Duration.ofSeconds(5))).hasSize(2);
 * }
 * }</pre>
 */
public final class CanvasRun implements UiSink, RunListener, AutoCloseable {
    public static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    private final CanvasDocument doc;
    private final RunMode mode;
    private final Map<String, MemoryCursor> streams = new HashMap<>();
    private final Map<Integer, List<UiMessage>> messages = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private boolean external;
    private CanvasRuntime runtime;
    private ExternalEventQueue queue;

    public CanvasRun(CanvasDocument doc) {
        this(doc, RunMode.HISTORICAL);
    }

    private CanvasRun(CanvasDocument doc, RunMode mode) {
        this.doc = doc;
        this.mode = mode;
    }

    public static CanvasRun realtime(CanvasDocument doc) {
        return new CanvasRun(doc, RunMode.REALTIME);
    }

    /** Attaches an external event queue when the runtime is built, as an engine host that supports them does. */
    public CanvasRun withExternalEvents() {
        external = true;
        return this;
    }

    public CanvasRun replay(String streamId, MemoryCursor cursor) {
        streams.put(streamId, cursor);
        return this;
    }

    /** Builds the runtime (and attaches external events if asked) without running. */
    public CanvasRuntime start() {
        if (runtime == null) {
            RunContext context = new RunContext(mode, this, this);
            runtime = CanvasRuntime.build(doc, REGISTRY, context);
            if (external) {
                queue = new ExternalEventQueue(runtime).attachAll();
            }
        }
        return runtime;
    }

    public CanvasRun run() {
        start();
        ReplayLoop loop = new ReplayLoop(runtime);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (StreamInlet inlet : runtime.streamInlets()) {
            String id = inlet.source().streamId();
            MemoryCursor c = streams.get(id);
            if (c != null) {
                // a second Stream module on the same stream (e.g. inside a sub-canvas) reads its own copy
                loop.source(inlet, used.add(id) ? c : c.copy());
            }
        }
        loop.run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        return this;
    }

    /** Delivers external events until the table has at least {@code count} rows or the timeout passes. */
    public List<List<Object>> awaitRows(ModuleNode table, int count, Duration timeout) {
        start();
        long end = System.nanoTime() + timeout.toNanos();
        while (rows(table).size() < count && System.nanoTime() < end && queue != null) {
            queue.awaitAndDrain(Duration.ofMillis(20));
        }
        return rows(table);
    }

    /** Delivers external events for a while (to see that nothing more arrives, or to let a retry happen). */
    public CanvasRun drainFor(Duration time) {
        start();
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end && queue != null) {
            queue.awaitAndDrain(Duration.ofMillis(20));
        }
        return this;
    }

    /** Delivers external events until the condition holds or the timeout passes; returns the condition. */
    public boolean drainUntil(java.util.function.BooleanSupplier condition, Duration timeout) {
        start();
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            if (queue == null) {
                return condition.getAsBoolean();
            }
            queue.awaitAndDrain(Duration.ofMillis(20));
        }
        return condition.getAsBoolean();
    }

    public CanvasRuntime runtime() {
        return runtime;
    }

    public ExternalEventQueue externalEvents() {
        return queue;
    }

    public List<UiMessage> messages(ModuleNode module) {
        return messages.getOrDefault(module.hash, List.of());
    }

    /** Rows a Table received, values in input order. */
    public List<List<Object>> rows(ModuleNode table) {
        List<List<Object>> rows = new ArrayList<>();
        for (UiMessage m : messages(table)) {
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

    /** Ends the run: refuses further external events and stops every module (closing connections). */
    @Override
    public void close() {
        if (queue != null) {
            queue.close();
        }
        if (runtime != null) {
            runtime.stop();
        }
    }

    @Override
    public void publish(ModuleInstance module, UiMessage message) {
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
