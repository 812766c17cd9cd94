package dev.rivulet.modules.math;

import dev.rivulet.modules.timeseries.SlidingStatistic;

/** Streamr's Sum: the sum of the values in a sliding window. */
public final class Sum extends SlidingStatistic {
    public Sum() {
        // Streamr's defaults: an unbounded window (a running total), output from the first value
        super(0, 1, "Values to add up.", "Sum of the values currently in the window.");
    }

    @Override
    protected void emit() {
        // an emptied window (only possible with minSamples 0) sums to 0, as Streamr's Sum sends
        out.send(window.sum());
    }
}
