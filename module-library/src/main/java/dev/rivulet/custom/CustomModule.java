package dev.rivulet.custom;

import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The base class of the code written in a JavaModule. The module's code is the body of a class that extends this one
 * (the engine adds the class header, the imports {@code dev.rivulet.custom.*} and {@code java.util.*}, and a
 * constructor): declare ports as fields, then override {@link #initialize()}, {@link #sendOutput()} and
 * {@link #clearState()}.
 *
 * <pre>{@code
 * TimeSeriesInput in = doubleInput("in");
 * TimeSeriesOutput out = doubleOutput("out");
 * DoubleParameter factor = doubleParam("factor", 2);
 * double sum;
 *
 * public void sendOutput() {
 *     sum += in.getValue() * factor.getValue();
 *     out.send(sum);
 *     debug("sum is now " + sum);
 * }
 *
 * public void clearState() { sum = 0; }
 * }</pre>
 *
 * <p>Ports are found by reading the code, without running it: declare each one in a field initialiser with a
 * literal name (and a parameter with a literal default), either with the helpers below or Streamr-style
 * ({@code new TimeSeriesInput(this, "in")}).
 * {@code sendOutput} runs when every input has a value and a driving input received one (the same rule as every
 * other module). Exceptions thrown by the code mark the module failed, with the code line; the canvas runs on.
 * Do not declare constructors; set up state in {@code initialize}.
 */
public abstract class CustomModule {
    private final Host host;
    final List<CustomInput<?>> inputs = new ArrayList<>();

    protected CustomModule(Host host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    /** Package-private, so that the user's code cannot reach the engine's ports directly. */
    final Host host() {
        return host;
    }

    /** Called once when the run starts, after the ports are connected. */
    public void initialize() {
    }

    /** Computes and sends outputs; called when the activation rule holds. */
    public void sendOutput() {
    }

    /** Forgets accumulated state (the user pressed "clear", or a day ended in a replay). */
    public void clearState() {
    }

    /** The run has ended: release what {@link #initialize()} acquired. */
    public void onStop() {
    }

    /** Writes a line to the module's debug console (shown by the editor; on stderr in headless runs). */
    protected final void debug(Object message) {
        host.debug(String.valueOf(message));
    }

    /** Streamr's name for {@link #debug}. */
    protected final void println(Object message) {
        debug(message);
    }

    /** Engine time, epoch milliseconds (the time of the event being processed in a replay). */
    protected final long now() {
        return host.time();
    }

    /** The module's name on the canvas. */
    protected final String moduleName() {
        return host.name();
    }

    // ---- typed port helpers (each call must initialise a field, with a literal name) -----------------------------

    protected final TimeSeriesInput doubleInput(String name) {
        return new TimeSeriesInput(this, name);
    }

    protected final StringInput stringInput(String name) {
        return new StringInput(this, name);
    }

    protected final BooleanInput booleanInput(String name) {
        return new BooleanInput(this, name);
    }

    protected final MapInput mapInput(String name) {
        return new MapInput(this, name);
    }

    protected final ListInput listInput(String name) {
        return new ListInput(this, name);
    }

    protected final AnyInput anyInput(String name) {
        return new AnyInput(this, name);
    }

    protected final TimeSeriesOutput doubleOutput(String name) {
        return new TimeSeriesOutput(this, name);
    }

    protected final StringOutput stringOutput(String name) {
        return new StringOutput(this, name);
    }

    protected final BooleanOutput booleanOutput(String name) {
        return new BooleanOutput(this, name);
    }

    protected final MapOutput mapOutput(String name) {
        return new MapOutput(this, name);
    }

    protected final ListOutput listOutput(String name) {
        return new ListOutput(this, name);
    }

    protected final AnyOutput anyOutput(String name) {
        return new AnyOutput(this, name);
    }

    protected final DoubleParameter doubleParam(String name, double defaultValue) {
        return new DoubleParameter(this, name, defaultValue);
    }

    protected final IntegerParameter intParam(String name, int defaultValue) {
        return new IntegerParameter(this, name, defaultValue);
    }

    protected final StringParameter stringParam(String name, String defaultValue) {
        return new StringParameter(this, name, defaultValue);
    }

    protected final BooleanParameter booleanParam(String name, boolean defaultValue) {
        return new BooleanParameter(this, name, defaultValue);
    }

    /**
     * What the module running the code provides: its declared ports, the debug channel and the clock. Implemented by
     * the engine's JavaModule; user code never sees it.
     */
    public interface Host {
        Input input(String name);

        Parameter param(String name);

        Output output(String name);

        void debug(String message);

        long time();

        String name();
    }
}
