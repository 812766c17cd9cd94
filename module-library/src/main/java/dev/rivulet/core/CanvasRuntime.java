package dev.rivulet.core;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A canvas made runnable: configured module instances, wired connections, propagators per event source and the
 * clock. Single-threaded: every call comes from the engine thread of its run.
 *
 * <p>Usage: {@code CanvasRuntime rt = CanvasRuntime.build(doc, registry, context); rt.tick(t); ...}
 */
public final class CanvasRuntime {
    private final CanvasDocument document;
    private final RunContext context;
    private final Map<Integer, ModuleInstance> byHash = new LinkedHashMap<>();
    private final Map<Integer, List<String>> problems = new LinkedHashMap<>();
    private final List<TimeListener> timeListeners = new ArrayList<>();
    private final Map<ModuleInstance, Propagator> propagators = new HashMap<>();
    private Propagator clockPropagator;
    private final String pathPrefix;

    private CanvasRuntime(CanvasDocument document, RunContext context, String pathPrefix) {
        this.document = document;
        this.context = context;
        this.pathPrefix = pathPrefix;
    }

    /**
     * Instantiates and wires a canvas. Never throws for bad canvases: unknown types become stubs, bad connections are
     * skipped, and everything is reported in {@link #problems()}.
     */
    public static CanvasRuntime build(CanvasDocument doc, ModuleRegistry registry, RunContext context) {
        return build(doc, registry, context, "", null);
    }

    /**
     * Builds a canvas embedded in a module ({@link EmbeddedCanvas}): module paths start with {@code pathPrefix}, and
     * {@code beforeReady} adds the connections to the host module after the canvas's own connections are made and
     * before inputs are made ready and modules initialised.
     */
    static CanvasRuntime build(CanvasDocument doc, ModuleRegistry registry, RunContext context, String pathPrefix,
                               java.util.function.Consumer<CanvasRuntime> beforeReady) {
        CanvasRuntime rt = new CanvasRuntime(doc, context, pathPrefix);
        for (ModuleNode node : doc.modules) {
            List<String> p = new ArrayList<>();
            ModuleInstance m = registry.instantiate(node, p);
            m.context = context;
            m.runtime = rt;
            if (rt.byHash.putIfAbsent(node.hash, m) != null) {
                p.add("duplicate module hash " + node.hash + "; this copy is ignored");
            }
            if (!p.isEmpty()) {
                rt.problems.computeIfAbsent(node.hash, k -> new ArrayList<>()).addAll(p);
            }
        }
        for (ConnectionNode c : doc.connections) {
            rt.wire(c);
        }
        if (beforeReady != null) {
            beforeReady.accept(rt);
        }
        for (ModuleInstance m : rt.byHash.values()) {
            rt.connectionsReady(m);
        }
        for (ModuleInstance m : rt.byHash.values()) {
            try {
                m.checkSecretsResolved();
                m.initialize();
            } catch (RuntimeException e) {
                m.fail(e);
                m.initFailed = true;
                rt.problem(m.hash, "failed to initialize: " + e.getMessage());
            }
            if (m instanceof TimeListener tl) {
                rt.timeListeners.add(tl);
            }
        }
        return rt;
    }

    private void wire(ConnectionNode c) {
        ModuleInstance from = byHash.get(c.from.module);
        ModuleInstance to = byHash.get(c.to.module);
        if (from == null || to == null) {
            problem(c.to.module, "connection " + c + " refers to a missing module");
            return;
        }
        Output out = from.output(c.from.port);
        Input in = to.target(c.to.port);
        if (out == null || in == null) {
            problem(c.to.module, "connection " + c + " refers to a missing port");
            return;
        }
        if (in.source != null) {
            problem(c.to.module, "input " + in.displayName() + " has more than one connection; " + c + " ignored");
            return;
        }
        out.connect(in);
        in.feedback = c.feedback;
    }

    private void connectionsReady(ModuleInstance m) {
        for (Input in : m.allInputs()) {
            if (in instanceof Parameter) {
                if (in.source != null && in.source.owner instanceof Pullable p) {
                    Object pulled = p.pull(in.source);
                    if (pulled != null) {
                        // an empty source (a TextField with no text yet) leaves the parameter's own value
                        in.setSilently(pulled);
                    }
                }
                continue;
            }
            if (in.source != null && in.source.owner instanceof Pullable p) {
                in.setSilently(p.pull(in.source));
            } else if (in.initialValue != null) {
                in.setSilently(in.initialValue);
            }
        }
        m.resetReadiness();
    }

    private void problem(int hash, String message) {
        problems.computeIfAbsent(hash, k -> new ArrayList<>()).add(message);
    }

    /** The propagator for events originating at the given module (cached). */
    public Propagator propagatorFor(ModuleInstance origin) {
        return propagators.computeIfAbsent(origin, o -> Propagator.of(List.of(o)));
    }

    /**
     * Emits one clock tick: time listeners whose rate divides the epoch second get {@code onTime}, then the clock's
     * propagator runs. Call once per whole second, in order.
     */
    public void tick(long epochMillis) {
        context.advanceTo(epochMillis);
        if (timeListeners.isEmpty()) {
            return;
        }
        long second = Math.floorDiv(epochMillis, 1000);
        for (TimeListener tl : timeListeners) {
            if (((ModuleInstance) tl).initFailed) {
                continue;
            }
            try {
                long rate = Math.max(1, tl.tickRateSeconds());
                if (second % rate == 0) {
                    ((ModuleInstance) tl).delivered++;
                    tl.onTime(epochMillis);
                }
            } catch (RuntimeException e) {
                ((ModuleInstance) tl).fail(e);
            }
        }
        if (clockPropagator == null) {
            List<ModuleInstance> origins = new ArrayList<>();
            for (TimeListener tl : timeListeners) {
                origins.add((ModuleInstance) tl);
            }
            clockPropagator = Propagator.of(origins);
        }
        clockPropagator.propagate();
    }

    /** Activates one module on request (a live parameter change or a widget event) and propagates from it. */
    public void activateNow(ModuleInstance m) {
        m.pending = true;
        propagatorFor(m).propagate();
    }

    /**
     * Delivers a widget event to a module (Button, Switcher, TextField) and propagates what it sends. A failure marks
     * the module failed; the run goes on.
     */
    public void uiEvent(int hash, Map<String, Object> event) {
        ModuleInstance m = byHash.get(hash);
        if (!(m instanceof UiEventTarget target)) {
            throw new IllegalArgumentException("module " + hash + " takes no widget events");
        }
        m.delivered++;
        try {
            target.onUiEvent(event);
        } catch (RuntimeException e) {
            m.fail(e);
        }
        propagatorFor(m).propagate();
    }

    /**
     * Delivers a widget event to a module addressed by its {@link ModuleInstance#path() path}: "12" is module 12 of
     * this canvas, "7/5" module 5 inside the canvas embedded by module 7, "4[apple]/5" module 5 of key "apple"'s
     * instance of ForEach 4. The event propagates inside the embedded canvas, what its exported outputs send leaves the
     * host module, and the host's followers run, as for any event. A key containing "]/" cannot be addressed.
     */
    public void uiEvent(String path, Map<String, Object> event) {
        int slash = path.indexOf('/');
        int bracket = path.indexOf('[');
        if (slash < 0) {
            uiEvent(parseHash(path, path), event);
            return;
        }
        String key = null;
        int headEnd = slash;
        if (bracket >= 0 && bracket < slash) {
            int close = path.indexOf("]/", bracket);
            if (close < 0) {
                throw new IllegalArgumentException("bad module path \"" + path + "\": unclosed [key]");
            }
            key = path.substring(bracket + 1, close);
            headEnd = bracket;
            slash = close + 1;
        }
        ModuleInstance m = byHash.get(parseHash(path.substring(0, headEnd), path));
        EmbeddedCanvas inner = m instanceof EmbeddedCanvas.Host host ? host.embedded(key) : null;
        if (inner == null) {
            throw new IllegalArgumentException("no embedded canvas at \"" + path.substring(0, slash) + "\" (in "
                + path + ")");
        }
        inner.runtime().uiEvent(path.substring(slash + 1), event);
        ((EmbeddedCanvas.Host) m).afterEmbeddedEvent();
        propagatorFor(m).propagate();
    }

    private static int parseHash(String text, String path) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad module path \"" + path + "\": \"" + text
                + "\" is not a module hash");
        }
    }

    /** Changes a parameter while running; a driving parameter triggers propagation, as in Streamr. */
    public void setParameter(int hash, String param, Object value) {
        ModuleInstance m = byHash.get(hash);
        Parameter p = m == null ? null : m.param(param);
        if (p == null) {
            throw new IllegalArgumentException("no parameter " + param + " on module " + hash);
        }
        p.setValue(value);
        m.secretProvided(param);
        // a live change counts as the parameter firing (Streamr's paramChange), for modules that ask
        p.triggeredAt = m.activations;
        if (m.initFailed) {
            // the change may fix what made initialisation fail: try again
            try {
                m.checkSecretsResolved();
                m.initialize();
                m.initFailed = false;
                m.recovered();
            } catch (RuntimeException e) {
                m.fail(e);
                return;
            }
        }
        if (p.driving) {
            activateNow(m);
        }
    }

    /** Tells every module the run has ended (close files, flush); failures are recorded, not thrown. */
    public void stop() {
        for (ModuleInstance m : byHash.values()) {
            try {
                m.onStop();
            } catch (RuntimeException e) {
                m.fail(e);
            }
        }
    }

    /** Clears the state of every module that allows it ("Reset"). */
    public void clearState() {
        for (ModuleInstance m : byHash.values()) {
            m.clearAll();
            connectionsReady(m);
        }
    }

    public List<StreamSourceModule> streamSources() {
        List<StreamSourceModule> list = new ArrayList<>();
        for (ModuleInstance m : byHash.values()) {
            if (m instanceof StreamSourceModule s) {
                list.add(s);
            }
        }
        return list;
    }

    /**
     * Every Stream module the run must feed: this canvas's, then those inside the canvases its Canvas, ForEach and
     * ForEachItem modules embed. Hosts use it instead of {@link #streamSources()} so that embedded Stream modules get
     * their data too.
     */
    public List<StreamInlet> streamInlets() {
        return StreamInlet.find(this);
    }

    public boolean hasTimeListeners() {
        return !timeListeners.isEmpty();
    }

    public ModuleInstance module(int hash) {
        return byHash.get(hash);
    }

    public List<ModuleInstance> modules() {
        return List.copyOf(byHash.values());
    }

    /** Problems found while building, by module hash (unknown types and ports, bad connections and values). */
    public Map<Integer, List<String>> problems() {
        return Collections.unmodifiableMap(problems);
    }

    public CanvasDocument document() {
        return document;
    }

    public RunContext context() {
        return context;
    }

    /** "" for a top-level canvas; for an embedded one, the host module's path and "/" (see ModuleInstance#path). */
    public String pathPrefix() {
        return pathPrefix;
    }

    /** Module state as bytes (inputs, last outputs, module-specific state); see {@link StateSnapshots}. */
    public byte[] snapshot() {
        return StateSnapshots.write(this);
    }

    /** Restores a snapshot taken from a runtime of the same canvas; modules not in it keep their fresh state. */
    public void restore(byte[] snapshot) {
        StateSnapshots.read(this, snapshot);
    }
}
