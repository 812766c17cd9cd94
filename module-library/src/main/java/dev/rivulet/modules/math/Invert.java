package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** Streamr's Invert ("Reciprocal"): 1 / x; nothing is sent for zero, as in Streamr. */
public final class Invert extends ModuleInstance {
    private final Input in = doubleInput("in").help("The number to invert.");
    private final Output out = doubleOutput("out").help("1 divided by the input; nothing when the input is zero.");

    @Override
    public void sendOutput() {
        double v = in.getDouble();
        if (v != 0) {
            out.send(1 / v);
        }
    }
}
