package dev.rivulet.modules.logic;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;

/** True when A and B differ by at most the tolerance. */
public final class Equals extends ModuleInstance {
    private final Parameter tolerance = doubleParam("tolerance", 0)
        .help("How far apart A and B may be and still count as equal (0 = exactly equal).");
    private final Input a = doubleInput("A").help("The first value.");
    private final Input b = doubleInput("B").help("The second value.");
    private final Output out = booleanOutput("out").help("True when |A - B| is at most the tolerance.");

    @Override
    public void initialize() {
        checkTolerance(tolerance.getDouble());
    }

    @Override
    public void sendOutput() {
        double tol = tolerance.getDouble();
        checkTolerance(tol);
        out.send(Math.abs(a.getDouble() - b.getDouble()) <= tol);
    }

    private void checkTolerance(double tol) {
        // a negative tolerance would silently make everything unequal
        if (!(tol >= 0)) {
            throw new ModuleException("tolerance must be zero or positive, got " + tolerance.getString());
        }
    }
}
