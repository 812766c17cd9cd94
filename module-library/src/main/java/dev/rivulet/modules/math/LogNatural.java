package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** Streamr's Ln ("LogNatural"): the natural logarithm; nothing is sent for zero or negative inputs, as in Streamr. */
public final class LogNatural extends ModuleInstance {
    private final Input in = doubleInput("in").help("A positive number.");
    private final Output out = doubleOutput("out").help("ln of the input; nothing for zero or negative inputs.");

    @Override
    public void sendOutput() {
        double v = in.getDouble();
        if (!(v <= 0)) {
            out.send(Math.log(v));
        }
    }
}
