package dev.rivulet.modules.timeseries;

import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.WindowedModule;

/** Simple moving average over the last windowLength events (or time span). */
public final class MovingAverage extends WindowedModule {
    private final Input in = doubleInput("in").help("Values to average.");
    private final Output out = doubleOutput("out").help("Average of the values in the window.");

    @Override
    public void sendOutput() {
        if (addToWindow(in.getDouble())) {
            out.send(window.sum() / window.size());
        }
    }
}
