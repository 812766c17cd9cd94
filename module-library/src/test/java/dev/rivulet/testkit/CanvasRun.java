package dev.rivulet.testkit;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a canvas through the real engine (historical mode) with in-memory streams and records what reaches the
 * widget sinks (Table rows, Label values, Chart points), module failures and notices.
 *
 * <pre>{@code
 * CanvasRun run = new CanvasRun(doc).replay("s", new MemoryCursor().add(1000, 1.0)).run();
 * assertThat(run.rows(table)).containsExactly(List.of(1.0));
 * }</pre>
 */
public final class CanvasRun implements UiSink, RunListener {
    public static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    private final CanvasDocument doc;
    private final ModuleRegistry registry;
    private final Map<String, MemoryCursor> streams = new HashMap<>();
    /** By module path: "5" for module 5, "7/5" for module 5 inside the canvas embedded by module 7. */
    private final Map<String, List<UiMessage>> messages = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private CanvasRuntime runtime;
    private RunContext context;

    public CanvasRun(CanvasDocument doc) {
        this(doc, REGISTRY);
    }

    /** With a registry of its own (one that resolves sub-canvases: {@code REGISTRY.withCanvasResolver(...)}). */
    public CanvasRun(CanvasDocument doc, ModuleRegistry registry) {
        this.doc = doc;
        this.registry = registry;
    }

    public CanvasRun replay(String streamId, MemoryCursor cursor) {
        streams.put(streamId, cursor);
        return this;
    }

    /** Builds the runtime without running (for tests that drive ticks or activations by hand). */
    public CanvasRuntime start() {
        if (runtime == null) {
            context = new RunContext(RunMode.HISTORICAL, this, this);
            runtime = CanvasRuntime.build(doc, registry, context);
        }
        return runtime;
    }

    public CanvasRun run() {
        return run(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public CanvasRun run(long from, long to) {
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
        loop.run(from, to, 0, () -> false);
        return this;
    }

    public CanvasRuntime runtime() {
        return runtime;
    }

    public List<UiMessage> messages(ModuleNode module) {
        return messagesAt(String.valueOf(module.hash));
    }

    /** Messages from the module at a path (see ModuleInstance#path: "7/5" is module 5 inside module 7's canvas). */
    public List<UiMessage> messagesAt(String path) {
        return messages.getOrDefault(path, List.of());
    }

    /** Paths of every module that published something, in order of first message. */
    public List<String> publishers() {
        return List.copyOf(messages.keySet());
    }

    /** Rows a Table received, values in input order. */
    public List<List<Object>> rows(ModuleNode table) {
        return rowsAt(String.valueOf(table.hash));
    }

    /** Rows the Table at a module path received. */
    public List<List<Object>> rowsAt(String path) {
        List<List<Object>> rows = new ArrayList<>();
        for (UiMessage m : messagesAt(path)) {
            if (m instanceof UiMessage.TableRow r) {
                rows.add(r.values());
            }
        }
        return rows;
    }

    /** Row timestamps a Table received. */
    public List<Long> rowTimes(ModuleNode table) {
        List<Long> times = new ArrayList<>();
        for (UiMessage m : messages(table)) {
            if (m instanceof UiMessage.TableRow r) {
                times.add(r.time());
            }
        }
        return times;
    }

    /** Values a Label received. */
    public List<Object> labels(ModuleNode label) {
        return labelsAt(String.valueOf(label.hash));
    }

    /** Values the Label at a module path received. */
    public List<Object> labelsAt(String path) {
        List<Object> values = new ArrayList<>();
        for (UiMessage m : messagesAt(path)) {
            if (m instanceof UiMessage.LabelValue v) {
                values.add(v.value());
            }
        }
        return values;
    }

    /** Chart points as {series, y}. */
    public List<UiMessage.ChartPoint> points(ModuleNode chart) {
        List<UiMessage.ChartPoint> points = new ArrayList<>();
        for (UiMessage m : messages(chart)) {
            if (m instanceof UiMessage.ChartPoint p) {
                points.add(p);
            }
        }
        return points;
    }

    public List<String> failures() {
        return failures;
    }

    public List<String> notices() {
        return notices;
    }

    @Override
    public void publish(ModuleInstance module, UiMessage message) {
        messages.computeIfAbsent(module.path(), k -> new ArrayList<>()).add(message);
    }

    @Override
    public void moduleFailed(ModuleInstance module, String message) {
        failures.add(module.name() + ": " + message);
    }

    @Override
    public void notice(String message) {
        notices.add(message);
    }
}
