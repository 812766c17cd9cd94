package dev.rivulet.modules.timeseries;

/** Streamr's MinSliding, "Min (window)": the smallest value in a sliding window. */
public final class MinWindow extends WindowExtreme {
    public MinWindow() {
        super(false, "Values to track.", "The smallest value in the window (NaN values are ignored).");
    }
}
