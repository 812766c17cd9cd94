package dev.rivulet.modules.timeseries;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.SplittableRandom;

/** A uniformly distributed random number in [min, max) on every trigger. */
public final class RandomNumber extends ModuleInstance {
    private final Parameter min = doubleParam("min", -1).help("Lower bound (included).");
    private final Parameter max = doubleParam("max", 1).help("Upper bound (excluded); must not be below min.");
    private final Input trigger = anyInput("trigger").help("Any value arriving here draws a new number.");
    private final Output out = doubleOutput("out").help("A random number between min (included) and max (excluded).");
    // one generator per module instance: no shared state between canvases, no locking on the hot path
    private final SplittableRandom random = new SplittableRandom();

    @Override
    public void initialize() {
        check(min.getDouble(), max.getDouble());
    }

    @Override
    public void sendOutput() {
        double lo = min.getDouble();
        double hi = max.getDouble();
        check(lo, hi);
        // min == max is a degenerate but valid interval: always that number
        out.send(lo == hi ? lo : random.nextDouble(lo, hi));
    }

    private void check(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new ModuleException("min and max must be finite numbers, got " + min.getString() + " and "
                + max.getString());
        }
        if (lo > hi) {
            throw new ModuleException("min (" + min.getString() + ") must not be greater than max ("
                + max.getString() + ")");
        }
    }
}
