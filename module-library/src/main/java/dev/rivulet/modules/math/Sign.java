package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** Streamr's Sign: 1 for positive numbers, -1 for negative ones, 0 for zero (NaN stays NaN). */
public final class Sign extends ModuleInstance {
    private final Input in = doubleInput("in").help("Any number.");
    private final Output out = doubleOutput("out").help("1 if the input is positive, -1 if negative, 0 if zero.");

    @Override
    public void sendOutput() {
        double v = in.getDouble();
        // written out instead of Math.signum, which gives -0 for -0
        out.send(v > 0 ? 1 : v < 0 ? -1 : v == 0 ? 0 : Double.NaN);
    }
}
