package dev.rivulet.modules.composite;

import dev.rivulet.core.DataType;
import dev.rivulet.core.EmbeddedCanvas;
import dev.rivulet.core.Endpoint;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TimeListener;
import dev.rivulet.core.Values;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Canvas, ForEach and ForEachItem share: the {@code canvas} parameter, finding the sub-canvas when the module is
 * configured (its exported endpoints become this module's ports), starting embedded runtimes that share this run's
 * clock and widget sink, and forwarding clock ticks to them.
 *
 * <p>Port names follow Streamr's SignalPath: an exported port keeps the inner port's name, and when that name is
 * taken (by this module's own ports or an earlier exported one) the first free of name2, name3, ... is used; the
 * display name is the inner port's display name, suffixed the same way when display names clash. The saved Streamr
 * canvases connect to these names, so they must not change.
 *
 * <p>When the sub-canvas cannot be used (not found, or nesting it would make a cycle), the problem is reported as a
 * bad value of the {@code canvas} parameter, the saved ports are kept as they are (so connections survive a round
 * trip) and the module fails when the run starts.
 */
abstract class SubCanvasHost extends ModuleInstance implements TimeListener, EmbeddedCanvas.Host {
    protected final Parameter canvas = stringParam("canvas", "").updatesPorts()
        .help("The saved canvas to run inside this module, by its id; its exported inputs, parameters and outputs"
            + " become this module's ports.");

    /** The inspected sub-canvas, or null when none is chosen or it could not be loaded. */
    protected SubCanvas sub;
    /** Why the sub-canvas cannot be used, or null. */
    private String unusable;
    /** This module's ports for the sub-canvas's exported inputs and parameters, parallel to {@code sub.inputs}. */
    protected Input[] exportedIn = new Input[0];
    /** This module's ports for the sub-canvas's exported outputs, parallel to {@code sub.outputs}. */
    protected Output[] exportedOut = new Output[0];

    @Override
    protected final void onConfiguration(ModuleNode node) {
        String id = canvasId();
        if (id.isEmpty()) {
            return;
        }
        try {
            sub = SubCanvas.load(registry(), id);
        } catch (ModuleException e) {
            unusable = e.getMessage();
            reportConfigurationProblem("parameter canvas: " + unusable);
            keepSavedPorts(node);
            return;
        }
        for (String p : sub.problems) {
            reportConfigurationProblem(p);
        }
        createPorts();
    }

    @Override
    public final dev.rivulet.document.CanvasDocument embeddedDocument() {
        return sub == null ? null : sub.document;
    }

    /** The chosen canvas id ("" when none). */
    protected final String canvasId() {
        Object v = canvas.getValue();
        return v == null ? "" : Values.toText(v).trim();
    }

    /** Declares this module's ports for the sub-canvas's exported endpoints (names made unique). */
    protected abstract void createPorts();

    /** Throws a clear error when the module cannot run (no canvas chosen, canvas missing or cyclic). */
    @Override
    public void initialize() {
        if (canvasId().isEmpty()) {
            throw new ModuleException(name() + ": choose the canvas to run (parameter canvas)");
        }
        if (unusable != null) {
            throw new ModuleException(unusable);
        }
        if (sub == null) {
            throw new ModuleException(name() + ": canvas \"" + canvasId() + "\" was not loaded");
        }
    }

    /** Starts one embedded runtime of the sub-canvas; module paths inside start with {@code pathPrefix}. */
    protected final EmbeddedCanvas startInner(String pathPrefix, Object[] presets,
                                              EmbeddedCanvas.OutputListener listener) {
        List<EmbeddedCanvas.PortRef> ins = new ArrayList<>();
        for (SubCanvas.Exported e : sub.inputs) {
            ins.add(e.ref());
        }
        List<EmbeddedCanvas.PortRef> outs = new ArrayList<>();
        for (SubCanvas.Exported e : sub.outputs) {
            outs.add(e.ref());
        }
        EmbeddedCanvas inner = EmbeddedCanvas.start(sub.document, registry(), context(), pathPrefix, ins, outs,
            presets, listener);
        for (String p : inner.problems()) {
            context().noticeOnce("sub-canvas:" + path() + ":" + p, name() + ": in sub-canvas " + sub.label() + ", "
                + p);
        }
        return inner;
    }

    /** The current values of this module's exported inputs and parameters, to preset a new embedded runtime. */
    protected final Object[] currentValues() {
        Object[] values = new Object[exportedIn.length];
        for (int i = 0; i < exportedIn.length; i++) {
            values[i] = exportedIn[i].hasValue() ? exportedIn[i].getValue() : null;
        }
        return values;
    }

    // ---- port naming ----------------------------------------------------------------------------------------

    private final Set<String> inNames = new HashSet<>();
    private final Set<String> inDisplay = new HashSet<>();
    private final Set<String> outNames = new HashSet<>();
    private final Set<String> outDisplay = new HashSet<>();

    private boolean reserved;

    private void reserve() {
        if (reserved) {
            return;
        }
        reserved = true;
        for (Input in : inputs()) {
            inNames.add(in.name());
            inDisplay.add(in.displayName());
        }
        for (Parameter p : params()) {
            inNames.add(p.name());
            inDisplay.add(p.displayName());
        }
        for (Output o : outputs()) {
            outNames.add(o.name());
            outDisplay.add(o.displayName());
        }
    }

    private static String free(String wanted, Set<String> taken) {
        String n = wanted;
        for (int k = 2; taken.contains(n); k++) {
            n = wanted + k;
        }
        taken.add(n);
        return n;
    }

    /** A unique port name for an exported input or parameter. */
    protected final String inputName(String wanted) {
        reserve();
        return free(wanted, inNames);
    }

    protected final String outputName(String wanted) {
        reserve();
        return free(wanted, outNames);
    }

    /**
     * Sets a unique display name (the inner one, suffixed on a clash) and help on a port made for an export: the
     * given sentence, then the inner port's own help.
     */
    protected final void describe(Endpoint port, SubCanvas.Exported e, boolean input, String sentence) {
        reserve();
        String shown = free(e.displayName(), input ? inDisplay : outDisplay);
        if (!shown.equals(port.name())) {
            port.displayName(shown);
        }
        String inner = e.help() == null || e.help().isBlank() ? "" : " " + e.help();
        port.help(sentence + inner);
    }

    /**
     * A port of this module for an exported input or parameter, as Canvas and ForEach make them: an input of the same
     * type and flags (always ready, so that the module runs when any of them fires and each inner module applies its
     * own readiness), or a parameter with the inner parameter's value as default.
     */
    protected final Input mirrorInput(SubCanvas.Exported e) {
        String n = inputName(e.name());
        Input port;
        if (e.parameter()) {
            Parameter p = param(n, e.type(), e.value());
            if (!e.choices().isEmpty()) {
                Object[] pairs = new Object[e.choices().size() * 2];
                for (int i = 0; i < e.choices().size(); i++) {
                    pairs[2 * i] = e.choices().get(i).name();
                    pairs[2 * i + 1] = e.choices().get(i).value();
                }
                p.choices(pairs);
            }
            if (e.driving()) {
                p.driving();
            }
            port = p;
        } else {
            port = acceptedInput(n, e);
            port.setDriving(e.driving());
            if (!e.canToggleDriving()) {
                port.lockDriving();
            }
            if (!e.requiresConnection()) {
                port.optional();
            }
            port.alwaysReady();
        }
        describe(port, e, true, (e.parameter() ? "Sets parameter " : "Feeds ") + e.longName()
            + " in the sub-canvas.");
        return port;
    }

    private Input acceptedInput(String n, SubCanvas.Exported e) {
        DataType type = e.type();
        List<DataType> more = new ArrayList<>();
        for (DataType t : e.types().types()) {
            if (t != type) {
                more.add(t);
            }
        }
        if (type == DataType.BOOLEAN || more.isEmpty() || !e.types().types().contains(type)) {
            return input(n, type);
        }
        return input(n, type, more.toArray(new DataType[0]));
    }

    /** A port of this module for an exported output, of the same type. */
    protected final Output mirrorOutput(SubCanvas.Exported e) {
        Output o = output(outputName(e.name()), e.type());
        describe(o, e, false, "What " + e.longName() + " sends in the sub-canvas.");
        return o;
    }

    /** Keeps the saved ports when the sub-canvas is unavailable, so connections are not lost (cf. ErrorStubModule). */
    private void keepSavedPorts(ModuleNode node) {
        for (PortNode p : node.params) {
            if (param(p.name) == null && input(p.name) == null) {
                param(p.name, DataType.fromStreamr(p.type), p.value).help("A parameter of the missing sub-canvas.");
            }
        }
        for (PortNode p : node.inputs) {
            if (input(p.name) == null && param(p.name) == null) {
                anyInput(p.name).optional().help("An input of the missing sub-canvas.");
            }
        }
        for (PortNode p : node.outputs) {
            if (output(p.name) == null) {
                anyOutput(p.name).help("An output of the missing sub-canvas.");
            }
        }
    }

    // ---- snapshots ------------------------------------------------------------------------------------------

    protected static void writeBytes(DataOutput out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    protected static byte[] readBytes(DataInput in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }
}
