package dev.rivulet.core;

import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.OptionNode;
import dev.rivulet.document.PortNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A running module. Subclasses declare their ports in field initialisers or the constructor (and dynamic ports in
 * {@link #onConfiguration}), then implement {@link #sendOutput()}, which the engine calls when every input is ready
 * and a driving input received a value (Streamr's activation rule).
 *
 * <pre>{@code
 * public final class Abs extends ModuleInstance {
 *     private final Input in = doubleInput("in");
 *     private final Output out = doubleOutput("out");
 *     public void sendOutput() { out.send(Math.abs(in.getDouble())); }
 * }
 * }</pre>
 */
public abstract class ModuleInstance {
    private final List<Input> inputs = new ArrayList<>();
    private final List<Parameter> params = new ArrayList<>();
    private final List<Output> outputs = new ArrayList<>();
    private final Map<String, ModuleOption> options = new LinkedHashMap<>();
    private final Map<String, Object> optionValues = new LinkedHashMap<>();
    private VariadicGroup variadicInputs;
    private VariadicGroup variadicOutputs;
    private Input[] allInputs = new Input[0];
    private List<String> configurationProblems;
    /** Problems of parameters whose secret was not resolved before configuration; they keep the module from running. */
    private Map<String, String> unresolvedSecrets = Map.of();

    ModuleDefinition definition;
    int hash;
    String name;
    RunContext context;
    CanvasRuntime runtime;
    /** The registry that configured this instance (null for instances made without one). */
    ModuleRegistry registry;

    boolean pending;
    boolean initFailed;
    int notReady;
    long activations;
    /** Events handed to this module other than activations: stream records, clock ticks, widget events. */
    long delivered;
    boolean readinessTracked;

    private ModuleStatus status = ModuleStatus.IDLE;
    private String lastError;
    private long errorCount;

    // ---- declaration ----------------------------------------------------------------------------------------

    protected final Input input(String name, DataType type) {
        TypeSet accepted = type == DataType.BOOLEAN ? TypeSet.ANY : TypeSet.of(type);
        return addInput(new Input(this, name, type, accepted));
    }

    /** An input accepting several types (e.g. "List Map"); the first is the displayed type. */
    protected final Input input(String name, DataType first, DataType... more) {
        return addInput(new Input(this, name, first, TypeSet.of(first, more)));
    }

    protected final Input doubleInput(String name) {
        return input(name, DataType.DOUBLE);
    }

    protected final Input booleanInput(String name) {
        return input(name, DataType.BOOLEAN);
    }

    protected final Input stringInput(String name) {
        return input(name, DataType.STRING);
    }

    protected final Input mapInput(String name) {
        return input(name, DataType.MAP);
    }

    protected final Input listInput(String name) {
        return input(name, DataType.LIST);
    }

    protected final Input anyInput(String name) {
        return input(name, DataType.OBJECT);
    }

    private Input addInput(Input in) {
        checkUnique(in.name, true);
        inputs.add(in);
        return in;
    }

    protected final Output output(String name, DataType type) {
        checkUnique(name, false);
        Output out = new Output(this, name, type);
        outputs.add(out);
        return out;
    }

    protected final Output doubleOutput(String name) {
        return output(name, DataType.DOUBLE);
    }

    protected final Output booleanOutput(String name) {
        return output(name, DataType.BOOLEAN);
    }

    protected final Output stringOutput(String name) {
        return output(name, DataType.STRING);
    }

    protected final Output anyOutput(String name) {
        return output(name, DataType.OBJECT);
    }

    protected final Parameter param(String name, DataType type, Object defaultValue) {
        checkUnique(name, true);
        TypeSet accepted = type == DataType.STREAM ? TypeSet.of(DataType.STREAM, DataType.STRING)
            : type == DataType.BOOLEAN ? TypeSet.ANY : TypeSet.of(type);
        Parameter p = new Parameter(this, name, type, accepted, defaultValue);
        params.add(p);
        return p;
    }

    protected final Parameter doubleParam(String name, double defaultValue) {
        return param(name, DataType.DOUBLE, defaultValue);
    }

    protected final Parameter stringParam(String name, String defaultValue) {
        return param(name, DataType.STRING, defaultValue);
    }

    protected final Parameter booleanParam(String name, boolean defaultValue) {
        return param(name, DataType.BOOLEAN, defaultValue);
    }

    /** Declares an option; its value is read with {@link #option(String)} after configuration. */
    protected final void option(String name, String type, Object defaultValue, String help) {
        options.put(name, new ModuleOption(name, type, defaultValue, null, help));
        optionValues.put(name, defaultValue);
    }

    /** Declares an option restricted to choices, given as alternating display names and values. */
    protected final void option(String name, String type, Object defaultValue, String help, Object... choices) {
        List<Parameter.PossibleValue> list = new ArrayList<>();
        for (int i = 0; i + 1 < choices.length; i += 2) {
            list.add(new Parameter.PossibleValue(String.valueOf(choices[i]), choices[i + 1]));
        }
        options.put(name, new ModuleOption(name, type, defaultValue, list, help));
        optionValues.put(name, defaultValue);
    }

    /**
     * Declares the module's variadic inputs: {@code defaultCount} ports named prefix1..prefixN on a new module, or
     * as many as the saved document has.
     */
    protected final VariadicGroup variadicInputs(String prefix, DataType type, int defaultCount) {
        if (variadicInputs != null) {
            throw new IllegalStateException("one variadic input group per module");
        }
        variadicInputs = new VariadicGroup(prefix, type, true, defaultCount);
        return variadicInputs;
    }

    protected final VariadicGroup variadicOutputs(String prefix, DataType type, int defaultCount) {
        if (variadicOutputs != null) {
            throw new IllegalStateException("one variadic output group per module");
        }
        variadicOutputs = new VariadicGroup(prefix, type, false, defaultCount);
        return variadicOutputs;
    }

    /** Variadic inputs with one linked output each (in_i forwards to out_i: PassThrough, Filter, RequireAll). */
    protected final VariadicGroup linkedVariadic(String inPrefix, String outPrefix, int defaultCount) {
        VariadicGroup in = variadicInputs(inPrefix, DataType.OBJECT, defaultCount);
        VariadicGroup out = variadicOutputs(outPrefix, DataType.OBJECT, defaultCount);
        in.linked = out;
        in.linkedPrefix = outPrefix;
        return in;
    }

    /**
     * Declares that this module acts on the outside world (HTTP, SQL, e-mail, files, transactions): it gets the
     * {@code activateInHistoricalMode} option, and {@link #mayActOnTheWorld()} tells it whether to act.
     */
    protected final void hasSideEffects() {
        option(ACTIVATE_IN_HISTORICAL_MODE, "boolean", false,
            "Also act during historical replays (normally suppressed so that replaying old data has no effects).");
    }

    /** Option name of {@link #hasSideEffects()}. */
    public static final String ACTIVATE_IN_HISTORICAL_MODE = "activateInHistoricalMode";

    /**
     * Whether a side-effect module may act now: always in realtime runs; in historical runs only with the
     * activateInHistoricalMode option, and otherwise a one-time notice says the effects are suppressed.
     */
    protected final boolean mayActOnTheWorld() {
        if (context == null || context.mode() == RunMode.REALTIME) {
            return true;
        }
        Object on = optionValues.get(ACTIVATE_IN_HISTORICAL_MODE);
        if (Boolean.TRUE.equals(on) || "true".equals(on)) {
            return true;
        }
        context.noticeOnce("side-effects:" + path(), name() + ": side effects are suppressed in historical mode"
            + " (set the option activateInHistoricalMode to act during replays)");
        return false;
    }

    /** Adds one port to a variadic group (used by configuration and by the editor's "grow"). */
    public final Endpoint growVariadic(VariadicGroup group, String portName, String displayName) {
        Endpoint e;
        if (group.isInput) {
            Input in = addInput(new Input(this, portName, group.type,
                group.type == DataType.BOOLEAN ? TypeSet.ANY : TypeSet.of(group.type)));
            in.requiresConnection = false;
            in.driving = group.driving;
            in.canToggleDriving = group.canToggleDriving;
            in.readyWithoutValue = group.alwaysReady;
            e = in;
        } else {
            e = output(portName, group.type);
        }
        e.displayName = displayName;
        e.group = group;
        group.ports.add(e);
        return e;
    }

    /**
     * Names are unique among inputs and parameters, and among outputs; an input and an output may share a name
     * (Streamr's SampleIf has input and output "value"), since connections always go output → input.
     */
    private void checkUnique(String portName, boolean receiving) {
        if (receiving) {
            for (Input i : inputs) {
                if (i.name.equals(portName)) {
                    throw new IllegalStateException("duplicate input " + portName);
                }
            }
            for (Parameter p : params) {
                if (p.name.equals(portName)) {
                    throw new IllegalStateException("duplicate parameter " + portName);
                }
            }
        } else {
            for (Output o : outputs) {
                if (o.name.equals(portName)) {
                    throw new IllegalStateException("duplicate output " + portName);
                }
            }
        }
    }

    // ---- configuration --------------------------------------------------------------------------------------

    /**
     * Applies a saved module: parameter values and options first, then variadic and dynamic ports, then each port's
     * flags. Problems (unknown ports, bad values) are collected instead of thrown, so nothing is lost.
     */
    final void configure(ModuleNode node, List<String> problems) {
        hash = node.hash;
        name = node.displayName != null ? node.displayName : node.name != null ? node.name : name;
        java.util.Set<Parameter> valued = new java.util.HashSet<>();
        for (PortNode pn : node.params) {
            Parameter p = param(pn.name);
            if (p != null && pn.value != null) {
                p.setValue(coerceParam(p, pn.value, problems));
                valued.add(p);
            }
        }
        unresolvedSecrets = unresolvedSecrets(node, problems);
        for (Map.Entry<String, OptionNode> e : node.options.entrySet()) {
            if (options.containsKey(e.getKey()) && e.getValue() != null && e.getValue().value != null) {
                optionValues.put(e.getKey(), e.getValue().value);
            }
        }
        if (variadicInputs != null) {
            createVariadic(variadicInputs, node.inputs);
        }
        if (variadicOutputs != null && (variadicInputs == null || variadicInputs.linked == null)) {
            createVariadic(variadicOutputs, node.outputs);
        }
        configurationProblems = problems;
        try {
            onConfiguration(node);
        } catch (ModuleException e) {
            problems.add(e.getMessage());
        } finally {
            configurationProblems = null;
        }
        // parameters created by onConfiguration (ARIMA's coefficients...) get their saved values too
        for (PortNode pn : node.params) {
            Parameter p = param(pn.name);
            if (p != null && pn.value != null && !valued.contains(p)) {
                p.setValue(coerceParam(p, pn.value, problems));
            }
        }
        applyPortFlags(node.params, problems, "parameter");
        applyPortFlags(node.inputs, problems, "input");
        applyPortFlags(node.outputs, problems, "output");
        allInputs = new Input[inputs.size() + params.size()];
        int i = 0;
        for (Input in : inputs) {
            allInputs[i++] = in;
        }
        for (Parameter p : params) {
            allInputs[i++] = p;
        }
    }

    /**
     * A parameter that refers to a stored secret still has no value when the engine host could not resolve the
     * reference (the secret is not in this data directory's store); the module must not run with the default instead.
     */
    private static Map<String, String> unresolvedSecrets(ModuleNode node, List<String> problems) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (PortNode pn : node.params) {
            String ref = pn.secretRef();
            if (ref != null && pn.value == null) {
                String message = "parameter " + pn.name + ": its secret value (id " + ref
                    + ") is not stored on this computer; set it again";
                missing.put(pn.name, message);
                problems.add(message);
            }
        }
        return missing.isEmpty() ? Map.of() : missing;
    }

    /** Throws when a secret parameter's value could not be resolved (see {@link #unresolvedSecrets}). */
    final void checkSecretsResolved() {
        if (!unresolvedSecrets.isEmpty()) {
            throw new ModuleException(unresolvedSecrets.values().iterator().next());
        }
    }

    /** A live value for a parameter whose secret was missing replaces the missing secret. */
    final void secretProvided(String paramName) {
        if (unresolvedSecrets.containsKey(paramName)) {
            unresolvedSecrets.remove(paramName);
        }
    }

    private Object coerceParam(Parameter p, Object value, List<String> problems) {
        if (p.type == DataType.DOUBLE && !(value instanceof Number)) {
            try {
                return Double.parseDouble(String.valueOf(value).trim());
            } catch (NumberFormatException e) {
                problems.add("parameter " + p.name + ": \"" + value + "\" is not a number; using "
                    + p.defaultValue);
                return p.defaultValue;
            }
        }
        if (p.type == DataType.BOOLEAN && value instanceof String s) {
            return Boolean.parseBoolean(s.trim());
        }
        return value;
    }

    private void createVariadic(VariadicGroup group, List<PortNode> saved) {
        List<PortNode> mine = new ArrayList<>();
        for (PortNode pn : saved) {
            if (pn.variadic != null) {
                mine.add(pn);
            }
        }
        if (mine.isEmpty()) {
            for (int i = 1; i <= group.defaultCount; i++) {
                growLinked(group, group.prefix + i, group.prefix + i);
            }
            return;
        }
        int i = 1;
        for (PortNode pn : mine) {
            growLinked(group, pn.name, pn.displayName != null ? pn.displayName : group.prefix + i);
            i++;
        }
    }

    private void growLinked(VariadicGroup group, String portName, String displayName) {
        growVariadic(group, portName, displayName);
        if (group.linked != null) {
            int index = group.ports.size();
            String outName = group.linkedPrefix + index;
            growVariadic(group.linked, findFreeName(outName), group.linkedPrefix + index);
        }
    }

    private String findFreeName(String wanted) {
        String n = wanted;
        int k = 2;
        while (output(n) != null) {
            n = wanted + "_" + k++;
        }
        return n;
    }

    private void applyPortFlags(List<PortNode> saved, List<String> problems, String kind) {
        int linkedIndex = 0;
        for (PortNode pn : saved) {
            Endpoint e = kind.equals("output") ? output(pn.name) : kind.equals("input") ? input(pn.name) : param(pn.name);
            if (e == null && kind.equals("output") && pn.variadic != null && variadicInputs != null
                && variadicInputs.linked != null && linkedIndex < variadicInputs.linked.ports.size()) {
                // linked outputs are created from the inputs; adopt the saved names in order
                e = variadicInputs.linked.ports.get(linkedIndex);
                renameTo((Output) e, pn.name);
            }
            if (e != null && e.group != null && kind.equals("output")) {
                linkedIndex++;
            }
            if (e == null) {
                problems.add("unknown " + kind + " \"" + pn.name + "\"");
                continue;
            }
            e.endpointId = pn.id;
            if (pn.displayName != null) {
                e.displayName = pn.displayName;
            }
            if (pn.export != null) {
                e.export = pn.export;
            }
            if (e instanceof Input in) {
                if (pn.driving != null && (in.canToggleDriving || in instanceof Parameter)) {
                    in.driving = pn.driving;
                }
                if (pn.initialValue != null && in.canHaveInitialValue) {
                    in.initialValue = in.type == DataType.DOUBLE && pn.initialValue instanceof Number n
                        ? (Object) n.doubleValue() : pn.initialValue;
                }
            } else if (e instanceof Output out && pn.noRepeat != null && out.canBeNoRepeat) {
                out.noRepeat = pn.noRepeat;
            }
        }
    }

    private void renameTo(Output out, String newName) {
        if (output(newName) != null) {
            return;
        }
        Output renamed = new Output(this, newName, out.type);
        renamed.displayName = out.displayName;
        renamed.group = out.group;
        outputs.set(outputs.indexOf(out), renamed);
        List<Endpoint> ports = out.group.ports;
        ports.set(ports.indexOf(out), renamed);
    }

    /**
     * Reports a problem with the saved configuration (bad schedule rules, an unreadable expression) while in
     * {@link #onConfiguration}: validation shows it on the module. Throwing a ModuleException there does the same.
     */
    protected final void reportConfigurationProblem(String message) {
        if (configurationProblems != null) {
            configurationProblems.add(message);
        }
    }

    /**
     * Hook for ports that depend on parameters or saved data (Expression variables, Stream fields, Chart inputs). A type
     * that overrides it is configured anew for every module during validation unless it also overrides
     * {@link #configuredByNodeAlone()}.
     */
    protected void onConfiguration(ModuleNode node) {
    }

    /**
     * Asked of a configured instance: whether its configuration depended on nothing but its saved node, so that any
     * module whose node is equal but for the hash gets the same ports (names, types, display names, flags, initial
     * values), parameter values and choices, and reports the same configuration problems; and configuring changed
     * nothing in the node. Canvas validation then configures such modules once and shares the result (a large canvas
     * repeats configurations, and the editor validates again after every edit).
     *
     * <p>True for types that do not override {@link #onConfiguration}: their constructor declares the fixed ports and
     * the generic configuration reads only the node. A type that overrides onConfiguration answers false (it may read
     * its hash, the registry's sub-canvases or services, files, or change the node) unless it overrides this method
     * too, once someone has checked what its onConfiguration reads (Stream answers per instance: true when its fields
     * were saved in the node, false when it asked the host's stream schema).
     */
    public boolean configuredByNodeAlone() {
        return !OVERRIDES_ON_CONFIGURATION.get(getClass());
    }

    /** Per class: whether it or a superclass below ModuleInstance declares onConfiguration. */
    private static final ClassValue<Boolean> OVERRIDES_ON_CONFIGURATION = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != ModuleInstance.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals("onConfiguration") && m.getParameterCount() == 1
                        && m.getParameterTypes()[0] == ModuleNode.class) {
                        return true;
                    }
                }
            }
            return false;
        }
    };

    /**
     * The registry that configured this module, or null. Modules that embed other canvases use it to find them
     * ({@link ModuleRegistry#canvasResolver()}) and to instantiate their modules.
     */
    protected final ModuleRegistry registry() {
        return registry;
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------

    /** Called once after all connections are made, before the first event. */
    public void initialize() {
    }

    /** Computes and sends outputs; called when the activation rule holds. */
    public abstract void sendOutput();

    /** The run has ended (stopped, or a replay reached its end): close files, flush buffers. */
    public void onStop() {
    }

    /** Forgets accumulated state (windows, counters); Streamr's clearState. */
    public void clearState() {
    }

    /** False for modules whose state survives "clear" (Chart, Label, Button...). */
    public boolean canClearState() {
        return true;
    }

    /** Writes module-specific state for a snapshot; pair with {@link #readState}. */
    protected void writeState(DataOutput out) throws IOException {
    }

    protected void readState(DataInput in) throws IOException {
    }

    final void activate() {
        if (notReady != 0) {
            return;
        }
        if (initFailed) {
            // a module that could not initialise (bad parameters) stays failed instead of running half-configured
            pending = false;
            return;
        }
        pending = false;
        try {
            sendOutput();
            if (status == ModuleStatus.IDLE) {
                // FAILED stays until the user fixes something (a live parameter change) or clears state
                status = ModuleStatus.RUNNING;
            }
        } catch (RuntimeException e) {
            fail(e);
        }
        activations++;
    }

    final void fail(Throwable e) {
        status = ModuleStatus.FAILED;
        errorCount++;
        String msg = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        boolean first = !msg.equals(lastError);
        lastError = msg;
        if (context != null && first) {
            context.listener().moduleFailed(this, msg);
        }
    }

    /** Back to normal after a failure was fixed (a live parameter change let it initialise). */
    final void recovered() {
        status = ModuleStatus.IDLE;
        lastError = null;
    }

    final void resetReadiness() {
        readinessTracked = true;
        int n = 0;
        for (Input in : allInputs) {
            if (!in.isReady()) {
                n++;
            }
        }
        notReady = n;
    }

    final void clearAll() {
        if (!canClearState()) {
            return;
        }
        clearState();
        for (Input in : allInputs) {
            in.clear();
        }
        for (Output o : outputs) {
            o.clear();
        }
        pending = false;
        status = ModuleStatus.IDLE;
        resetReadiness();
    }

    // ---- accessors ------------------------------------------------------------------------------------------

    public final ModuleDefinition definition() {
        return definition;
    }

    public final int hash() {
        return hash;
    }

    /**
     * Where the module runs: its hash on a top-level canvas ("42"); inside an embedded canvas, the host module's path,
     * then "/" and its own hash ("7/5" for module 5 of the canvas embedded by Canvas module 7; ForEach adds the key in
     * brackets: "4[apple]/5"). Widget sinks use it to tell modules of sub-canvases apart, whose hashes may repeat those
     * of the top-level canvas.
     */
    public final String path() {
        return runtime == null ? String.valueOf(hash) : runtime.pathPrefix() + hash;
    }

    public final String name() {
        return name != null ? name : definition != null ? definition.name() : getClass().getSimpleName();
    }

    public final RunContext context() {
        return context;
    }

    /**
     * Propagates what this module has sent so far to everything downstream, now, as its own event. Lets a module send
     * several values in one activation (ListToEvents: one event per item) with each value seeing a full pass.
     */
    protected final void propagateNow() {
        if (runtime != null) {
            runtime.propagatorFor(this).propagate();
        }
    }

    /** Current engine time in epoch millis ("now" for timestamps). */
    protected final long now() {
        return context == null ? 0 : context.time();
    }

    public final List<Input> inputs() {
        return Collections.unmodifiableList(inputs);
    }

    public final List<Parameter> params() {
        return Collections.unmodifiableList(params);
    }

    public final List<Output> outputs() {
        return Collections.unmodifiableList(outputs);
    }

    public final Map<String, ModuleOption> options() {
        return Collections.unmodifiableMap(options);
    }

    public final Object option(String name) {
        return optionValues.get(name);
    }

    protected final int optionInt(String name) {
        Object v = optionValues.get(name);
        return v instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(v).trim());
    }

    protected final boolean optionBoolean(String name) {
        Object v = optionValues.get(name);
        return v instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(v));
    }

    public final VariadicGroup variadicInputGroup() {
        return variadicInputs;
    }

    public final VariadicGroup variadicOutputGroup() {
        return variadicOutputs;
    }

    public final Input input(String portName) {
        for (Input i : inputs) {
            if (i.name.equals(portName)) {
                return i;
            }
        }
        return null;
    }

    public final Parameter param(String portName) {
        for (Parameter p : params) {
            if (p.name.equals(portName)) {
                return p;
            }
        }
        return null;
    }

    public final Output output(String portName) {
        for (Output o : outputs) {
            if (o.name.equals(portName)) {
                return o;
            }
        }
        return null;
    }

    /** An input or parameter by name (both can be connection targets). */
    public final Input target(String portName) {
        Input i = input(portName);
        return i != null ? i : param(portName);
    }

    public final Endpoint endpoint(String portName) {
        Input i = target(portName);
        return i != null ? i : output(portName);
    }

    final Input[] allInputs() {
        return allInputs;
    }

    public final boolean isPending() {
        return pending;
    }

    public final ModuleStatus status() {
        return status;
    }

    public final String lastError() {
        return lastError;
    }

    public final long errorCount() {
        return errorCount;
    }

    /**
     * Events this module has taken in: its activations, plus the stream records, clock ticks and widget events
     * handed to it (sources such as Stream, Clock and Button are fed that way, never activated by inputs).
     * A plain counter kept on the engine thread: read it there (run statistics sample it periodically).
     */
    public final long eventsIn() {
        return activations + delivered;
    }

    /** Values this module's outputs have sent; engine thread only, like {@link #eventsIn()}. */
    public final long eventsOut() {
        long n = 0;
        for (Output o : outputs) {
            n += o.sent;
        }
        return n;
    }

    /** True when the module could not initialise and stays failed until a parameter change fixes it. */
    public final boolean initFailed() {
        return initFailed;
    }

    @Override
    public String toString() {
        return name() + "#" + hash;
    }
}
