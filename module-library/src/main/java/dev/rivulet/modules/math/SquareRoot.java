package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/**
 * Streamr's SquareRoot ("sqrt"). Negative inputs send nothing: the root is undefined there, and Streamr's NaN became
 * 0 through its output rounding, which looked like a real result.
 */
public final class SquareRoot extends ModuleInstance {
    private final Input in = doubleInput("in").help("A number, zero or more.");
    private final Output sqrt = doubleOutput("sqrt").help("The square root of the input; nothing for negative inputs.");

    @Override
    public void sendOutput() {
        double v = in.getDouble();
        if (!(v < 0)) {
            sqrt.send(Math.sqrt(v));
        }
    }
}
