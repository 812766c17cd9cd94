package dev.rivulet.core;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A canvas running inside a module (Canvas, ForEach, ForEachItem): a full {@link CanvasRuntime} that shares the outer
 * run's {@link RunContext} (so one clock, one run mode, one widget sink, one listener), connected to its host through
 * its exported endpoints.
 *
 * <ul>
 *   <li>Each exported input (or parameter) is fed by a hidden output, so it counts as connected, exactly as if a wire
 *   came in from the parent canvas: {@link #feed} delivers a value as an arrival (it drives the inner module, when the
 *   input is driving), {@link #set} places it without activating anything.</li>
 *   <li>Each exported output is wired to a hidden, always-ready input that takes part in the inner propagation; when
 *   the output sends, the {@link OutputListener} hears it in the same pass, so the host can forward it at once.</li>
 *   <li>Inner modules' {@link ModuleInstance#path() paths} start with the given prefix, so widget messages from the
 *   sub-canvas reach the shared sink distinguishable from the parent's modules.</li>
 * </ul>
 *
 * <p>Usage (a host module): {@code inner = EmbeddedCanvas.start(doc, registry(), context(), path() + "/", ins, outs,
 * presets, (i, v) -> outs[i].sendFrom(v)); ... inner.feed(0, in); inner.propagate();}
 */
public final class EmbeddedCanvas {
    /** Hears the exported outputs of the embedded canvas. */
    @FunctionalInterface
    public interface OutputListener {
        /** Exported output {@code index} sent the value now held by {@code value} (read it with getDouble/getValue). */
        void sent(int index, Input value);
    }

    /**
     * A module that runs embedded canvases (Canvas, ForEach, ForEachItem), so that widget events can reach the modules
     * inside by path ({@link CanvasRuntime#uiEvent(String, java.util.Map)}).
     */
    public interface Host {
        /**
         * The embedded canvas a path segment names: {@code key} is null for "7/..." (Canvas, ForEachItem) and the
         * bracketed key for "4[key]/..." (ForEach). Null when there is no such canvas (yet).
         */
        EmbeddedCanvas embedded(String key);

        /** An event inside one of the embedded canvases has propagated there (ForEach then sends its map). */
        default void afterEmbeddedEvent() {
        }

        /** The canvas this module embeds, or null when none is chosen or it could not be loaded. */
        default CanvasDocument embeddedDocument() {
            return null;
        }

        /**
         * The embedded canvases running now (one for Canvas and ForEachItem once started, one per key for ForEach), in
         * a stable order; the engine walks it for every record of a Stream module inside, so it must not be copied
         * per call.
         */
        default List<EmbeddedCanvas> embeddedCanvases() {
            return List.of();
        }

        /** True when the instances are addressed by key ("4[key]/5", ForEach). */
        default boolean keyed() {
            return false;
        }
    }

    /** An exported endpoint of the embedded canvas: the module's hash and the port's name. */
    public record PortRef(int module, String port) {
    }

    private final CanvasRuntime runtime;
    private final Bridge inBridge;
    private final Bridge outBridge;
    private final Input[] targets;
    private final Output[] feeders;
    private final Output[] exportedOutputs;
    private final List<String> problems = new ArrayList<>();
    private Propagator propagator;

    private EmbeddedCanvas(CanvasRuntime runtime, Bridge inBridge, Bridge outBridge, Input[] targets,
                           Output[] feeders, Output[] exportedOutputs) {
        this.runtime = runtime;
        this.inBridge = inBridge;
        this.outBridge = outBridge;
        this.targets = targets;
        this.feeders = feeders;
        this.exportedOutputs = exportedOutputs;
    }

    /**
     * Builds and initialises the embedded canvas.
     *
     * @param inputs   its exported inputs and parameters, in the host's order
     * @param outputs  its exported outputs, in the host's order
     * @param presets  values placed into the exported inputs before the inner modules initialise (parallel to
     *                 {@code inputs}; null entries, or a null array, leave a port as it is), so that exported
     *                 parameters carry the host's values from the start
     * @param listener hears every send of an exported output; may be null
     */
    public static EmbeddedCanvas start(CanvasDocument doc, ModuleRegistry registry, RunContext context,
                                       String pathPrefix, List<PortRef> inputs, List<PortRef> outputs,
                                       Object[] presets, OutputListener listener) {
        Bridge in = new Bridge(null);
        Bridge out = new Bridge(listener);
        Input[] targets = new Input[inputs.size()];
        Output[] feeders = new Output[inputs.size()];
        Output[] exported = new Output[outputs.size()];
        List<String> problems = new ArrayList<>();
        CanvasRuntime rt = CanvasRuntime.build(doc, registry, context, pathPrefix, r -> {
            for (int i = 0; i < inputs.size(); i++) {
                PortRef ref = inputs.get(i);
                ModuleInstance m = r.module(ref.module());
                Input target = m == null ? null : m.target(ref.port());
                feeders[i] = in.output("in" + i, target == null ? DataType.OBJECT : target.type);
                if (target == null) {
                    problems.add("exported input " + ref + " is not in the canvas");
                    continue;
                }
                if (target.source != null) {
                    // connected inside the sub-canvas too: an input takes one connection, the inner one wins
                    problems.add("exported input " + target.longName() + " is also connected inside the canvas; "
                        + "values from outside are ignored");
                    continue;
                }
                targets[i] = target;
                feeders[i].connect(target);
                Object preset = presets == null || i >= presets.length ? null : presets[i];
                if (preset != null) {
                    if (target instanceof Parameter p) {
                        p.setValue(preset);
                    } else {
                        target.setSilently(preset);
                    }
                }
            }
            for (int i = 0; i < outputs.size(); i++) {
                PortRef ref = outputs.get(i);
                ModuleInstance m = r.module(ref.module());
                Output o = m == null ? null : m.output(ref.port());
                Input relay = out.relay("out" + i);
                if (o == null) {
                    problems.add("exported output " + ref + " is not in the canvas");
                    continue;
                }
                exported[i] = o;
                o.connect(relay);
            }
        });
        for (Bridge b : new Bridge[] {in, out}) {
            b.configure(new ModuleNode(), new ArrayList<>());
            b.context = context;
            b.runtime = rt;
            b.resetReadiness();
        }
        EmbeddedCanvas e = new EmbeddedCanvas(rt, in, out, targets, feeders, exported);
        e.problems.addAll(problems);
        return e;
    }

    /**
     * Delivers the value held by {@code from} to exported input {@code index} as a new value (doubles stay unboxed): a
     * driving inner input makes its module pending. Nothing happens when {@code from} has no value.
     */
    public void feed(int index, Input from) {
        if (targets[index] != null && from.hasValue()) {
            feeders[index].sendFrom(from);
        }
    }

    /** Delivers a value (a list item for ForEachItem) to exported input {@code index}; null is ignored. */
    public void feedValue(int index, Object value) {
        if (targets[index] != null && value != null) {
            feeders[index].send(value);
        }
    }

    /** Places the value held by {@code from} into exported input {@code index} without activating anything. */
    public void set(int index, Input from) {
        Input t = targets[index];
        if (t == null || !from.hasValue()) {
            return;
        }
        if (t instanceof Parameter p) {
            p.setValue(from.getValue());
        } else if (from.isDouble && t.hasValue) {
            // readiness cannot change: write the double without boxing it
            t.doubleValue = from.doubleValue;
            t.isDouble = true;
            if (t.objectValue != null) {
                t.objectValue = null;
            }
        } else {
            t.setSilently(from.getValue());
        }
    }

    /** Runs the inner modules made pending by {@link #feed}, in dependency order. */
    public void propagate() {
        if (propagator == null) {
            propagator = runtime.propagatorFor(inBridge);
        }
        propagator.propagate();
    }

    /** Forwards a clock tick (the shared clock has already advanced); does nothing without inner time listeners. */
    public void tick(long epochMillis) {
        if (runtime.hasTimeListeners()) {
            runtime.tick(epochMillis);
        }
    }

    public boolean hasTimeListeners() {
        return runtime.hasTimeListeners();
    }

    /** The inner exported output {@code index} (its {@link Output#lastValue()} is the latest value it sent). */
    public Output exportedOutput(int index) {
        return exportedOutputs[index];
    }

    public CanvasRuntime runtime() {
        return runtime;
    }

    /** Problems of the embedded canvas: the runtime's, then those of the exported ports. */
    public List<String> problems() {
        List<String> all = new ArrayList<>();
        runtime.problems().forEach((hash, list) -> list.forEach(p -> all.add("module " + hash + ": " + p)));
        all.addAll(problems);
        return Collections.unmodifiableList(all);
    }

    /** Clears the state of the inner modules (those that allow it), as the parent canvas's reset does. */
    public void clearState() {
        runtime.clearState();
        inBridge.clearAll();
        outBridge.clearAll();
    }

    public void stop() {
        runtime.stop();
    }

    public byte[] snapshot() {
        return runtime.snapshot();
    }

    public void restore(byte[] snapshot) {
        runtime.restore(snapshot);
    }

    /**
     * The hidden module on the host's side of the exported ports: feeder outputs toward the exported inputs, or
     * always-ready relay inputs from the exported outputs. It belongs to no canvas and is never saved.
     */
    private static final class Bridge extends ModuleInstance {
        private final OutputListener listener;
        private final List<Input> relays = new ArrayList<>();

        Bridge(OutputListener listener) {
            this.listener = listener;
        }

        Input relay(String portName) {
            Input in = anyInput(portName).alwaysReady();
            relays.add(in);
            return in;
        }

        @Override
        public void sendOutput() {
            if (listener == null) {
                return;
            }
            for (int i = 0; i < relays.size(); i++) {
                Input in = relays.get(i);
                if (in.wasTriggered()) {
                    listener.sent(i, in);
                }
            }
        }
    }
}
