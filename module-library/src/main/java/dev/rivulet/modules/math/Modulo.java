package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;

/**
 * Streamr's Modulo: the remainder of dividend / divisor, with Java's (and Streamr's) sign rule: the remainder has the
 * sign of the dividend (-7 mod 3 = -1). Streamr's divisor was a whole number; any non-zero number works here, since
 * the remainder is defined for fractions too.
 */
public final class Modulo extends ModuleInstance {
    private final Parameter divisor = doubleParam("divisor", 2).help("The number to divide by; must not be zero.");
    private final Input dividend = doubleInput("dividend").help("The number to divide.");
    private final Output remainder = doubleOutput("remainder")
        .help("What is left after taking out whole multiples of the divisor; it has the sign of the dividend.");

    @Override
    public void initialize() {
        check(divisor.getDouble());
    }

    private void check(double d) {
        if (d == 0 || !Double.isFinite(d)) {
            throw new ModuleException("divisor must be a non-zero number, got " + divisor.getString());
        }
    }

    @Override
    public void sendOutput() {
        double d = divisor.getDouble();
        check(d);
        remainder.send(dividend.getDouble() % d);
    }
}
