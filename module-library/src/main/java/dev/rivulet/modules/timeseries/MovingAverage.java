package dev.rivulet.modules.timeseries;

/** Simple moving average over the last windowLength events (or time span). */
public final class MovingAverage extends SlidingStatistic {
    public MovingAverage() {
        super("Values to average.", "Average of the values in the window.");
    }

    @Override
    protected void emit() {
        if (window.size() > 0) {
            out.send(window.sum() / window.size());
        }
    }
}
