package dev.rivulet.modules.logic;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/**
 * Streamr's SameSign: whether A and B have the same sign, and if so which. Zero is its own sign, so 0 and 0 agree but
 * 0 and 5 do not; NaN agrees with nothing. As in Streamr, sign is only sent when the signs agree.
 */
public final class SameSign extends ModuleInstance {
    private final Input a = doubleInput("A").help("The first number.");
    private final Input b = doubleInput("B").help("The second number.");
    private final Output sameSign = booleanOutput("sameSign")
        .help("True when A and B are both positive, both negative or both zero.");
    private final Output sign = doubleOutput("sign")
        .help("The shared sign when they agree: 1, -1 or 0. Nothing is sent when they differ.");

    @Override
    public void sendOutput() {
        double sa = signOf(a.getDouble());
        double sb = signOf(b.getDouble());
        if (sa == sb) {
            sameSign.send(true);
            sign.send(sa);
        } else {
            sameSign.send(false);
        }
    }

    /** Like Math.signum, but 0 for -0, so that a negative zero is not reported as a sign of its own. */
    private static double signOf(double v) {
        return v > 0 ? 1 : v < 0 ? -1 : v == 0 ? 0 : Double.NaN;
    }
}
