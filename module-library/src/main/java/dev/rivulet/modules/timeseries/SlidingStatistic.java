package dev.rivulet.modules.timeseries;

import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.WindowedModule;

/**
 * Base for one-input window statistics (in:Double → out:Double with windowLength, windowType, minSamples):
 * MovingAverage, Sum, Min (window), Max (window). Each value is added to the window and the statistic is sent once
 * the window holds minSamples values.
 *
 * <p>As in Streamr's AbstractModuleWithWindow, a clock tick that evicts values from a time window also sends the
 * statistic of what remains (while there are still minSamples values), so the output follows the window even when
 * no new values arrive. Subclasses only say how to compute and send the statistic:
 * <pre>{@code
 * public final class Sum extends SlidingStatistic {
 *     public Sum() { super("Values to add up.", "Sum of the values in the window."); }
 *     protected void emit() { out.send(window.sum()); }
 * }
 * }</pre>
 */
public abstract class SlidingStatistic extends WindowedModule {
    protected final Input in;
    protected final Output out;

    protected SlidingStatistic(String inHelp, String outHelp) {
        this(10, 1, inHelp, outHelp);
    }

    protected SlidingStatistic(double defaultLength, double defaultMinSamples, String inHelp, String outHelp) {
        super(defaultLength, defaultMinSamples);
        in = doubleInput("in").help(inHelp);
        out = doubleOutput("out").help(outHelp);
    }

    @Override
    public final void sendOutput() {
        double v = in.getDouble();
        boolean ready = addToWindow(v);
        added(v);
        if (ready) {
            emit();
        }
    }

    /** Called after a value entered the window (and older ones may have left it). */
    protected void added(double v) {
    }

    /** Called after a clock tick removed values from a time window. */
    protected void evicted() {
    }

    /** Sends the statistic of the current window; may send nothing when it is undefined (e.g. an empty window). */
    protected abstract void emit();

    @Override
    public void onTime(long epochMillis) {
        int before = window.size();
        super.onTime(epochMillis);
        if (window.size() != before) {
            evicted();
            if (window.size() >= minSamples.getDouble()) {
                emit();
            }
        }
    }
}
