package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** A divided by B; nothing is sent while B is zero. */
public final class Divide extends ModuleInstance {
    private final Input a = doubleInput("A").help("The dividend (numerator).");
    private final Input b = doubleInput("B").help("The divisor (denominator). While it is zero, nothing is sent.");
    private final Output out = doubleOutput("A/B").help("The quotient A divided by B.");

    @Override
    public void sendOutput() {
        double divisor = b.getDouble();
        // As in Streamr: division by zero sends nothing, rather than Infinity or NaN, so that one zero does not
        // poison downstream averages and sums.
        if (divisor != 0) {
            out.send(a.getDouble() / divisor);
        }
    }
}
