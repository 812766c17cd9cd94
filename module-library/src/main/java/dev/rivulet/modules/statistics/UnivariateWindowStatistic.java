package dev.rivulet.modules.statistics;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.WindowedModule;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.commons.math3.stat.descriptive.StorelessUnivariateStatistic;

/**
 * Base for Streamr's one-input window statistics built on Commons Math (Streamr's DescriptiveStatisticsAdapter):
 * in:Double → out:Double with windowLength, windowType and minSamples, defaulting as in Streamr to an unbounded
 * window (windowLength 0) and output from the first value (minSamples 0).
 *
 * <p>As in Streamr, an unbounded window whose length is not connected keeps no values at all: the statistic is
 * updated in place by Commons Math's storeless implementation, so memory stays constant however long the canvas runs.
 * A bounded window (or a connected windowLength, which may change) keeps the values and evaluates the statistic over
 * them on each event, like Streamr's DescriptiveStatistics. A time window is re-evaluated when a clock tick expires
 * values.
 *
 * <p>Where the statistic is undefined (too few values, a NaN in the window, a logarithm of a negative value) nothing
 * is sent. Streamr sent nothing then with a bounded window but sent NaN with an unbounded one; one rule for both keeps
 * NaN from spreading into downstream sums and averages.
 *
 * <pre>{@code
 * public final class Variance extends UnivariateWindowStatistic {
 *     private final org.apache.commons.math3.stat.descriptive.moment.Variance v = new ...Variance();
 *     public Variance() { super("Values.", "Sample variance."); }
 *     protected StorelessUnivariateStatistic newRunning() { return new ...Variance(); }
 *     protected double evaluate(double[] values, int n) { return v.evaluate(values, 0, n); }
 * }
 * }</pre>
 */
public abstract class UnivariateWindowStatistic extends WindowedModule {
    protected final Input in;
    protected final Output out;
    /** The running statistic while the window is unbounded and keeps no values; null otherwise. */
    private StorelessUnivariateStatistic running;
    private double[] scratch = new double[16];
    private String configError;

    protected UnivariateWindowStatistic(String inHelp, String outHelp) {
        super(0, 0);
        in = doubleInput("in").help(inHelp);
        out = doubleOutput("out").help(outHelp);
    }

    /** A fresh storeless version of the statistic for unbounded windows, or null if it needs every value. */
    protected abstract StorelessUnivariateStatistic newRunning();

    /** The statistic of {@code values[0..n)}, n ≥ 1; NaN where it is undefined. */
    protected abstract double evaluate(double[] values, int n);

    /** Checks module-specific parameters; throws ModuleException with a clear message. */
    protected void check() {
    }

    @Override
    public void initialize() {
        try {
            super.initialize();
            checkMinSamples();
            check();
            running = unboundedAndFixed() ? newRunning() : null;
            if (running == null && unboundedAndFixed() && !allowsUnboundedStorage()) {
                throw new ModuleException(definitionName() + " needs a bounded window: set windowLength to 1 or more");
            }
            configError = null;
        } catch (RuntimeException e) {
            configError = e.getMessage();
            throw e;
        }
    }

    /** Whether an unbounded window may keep every value when there is no storeless version. */
    protected boolean allowsUnboundedStorage() {
        return true;
    }

    private boolean unboundedAndFixed() {
        return windowLength.getDouble() == 0 && !windowLength.isConnected();
    }

    private String definitionName() {
        return definition() != null ? definition().name() : getClass().getSimpleName();
    }

    private void checkMinSamples() {
        if (!(minSamples.getDouble() >= 0)) {
            throw new ModuleException("minSamples must be zero or more, got " + minSamples.getString());
        }
    }

    @Override
    public final void sendOutput() {
        if (configError != null) {
            throw new ModuleException(configError);
        }
        checkMinSamples();
        check();
        double v = in.getDouble();
        if (running != null) {
            if (windowLength.getDouble() == 0) {
                running.increment(v);
                if (running.getN() >= minSamples.getDouble()) {
                    sendIfDefined(running.getResult());
                }
                return;
            }
            // the length was changed while running: from now on keep a window, starting empty
            running = null;
        }
        if (addToWindow(v)) {
            emit();
        }
    }

    private void emit() {
        int n = window.size();
        if (n == 0) {
            return;
        }
        if (scratch.length < n) {
            scratch = new double[Math.max(n, scratch.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            scratch[i] = window.get(i);
        }
        sendIfDefined(evaluate(scratch, n));
    }

    private void sendIfDefined(double result) {
        if (!Double.isNaN(result)) {
            out.send(result);
        }
    }

    @Override
    public void onTime(long epochMillis) {
        int before = window.size();
        super.onTime(epochMillis);
        if (running == null && configError == null && window.size() != before
            && window.size() >= minSamples.getDouble()) {
            emit();
        }
    }

    @Override
    public void clearState() {
        super.clearState();
        if (running != null) {
            running.clear();
        }
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeBoolean(running != null);
        if (running != null) {
            RunningState.write(o, (java.io.Serializable) running);
        } else {
            super.writeState(o);
        }
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        if (i.readBoolean()) {
            running = RunningState.read(i, StorelessUnivariateStatistic.class);
        } else {
            running = null;
            super.readState(i);
        }
    }
}
