package dev.rivulet.modules.timeseries;

/** Streamr's MaxSliding, "Max (window)": the largest value in a sliding window. */
public final class MaxWindow extends WindowExtreme {
    public MaxWindow() {
        super(true, "Values to track.", "The largest value in the window (NaN values are ignored).");
    }
}
