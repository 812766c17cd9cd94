package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;

/**
 * Streamr's RoundToStep: rounds to a multiple of precision, in one of Streamr's four modes: 1 up, 2 down, 3 towards
 * zero, 4 away from zero.
 *
 * <p>Binary doubles cannot hold most decimal steps exactly (0.29 / 0.01 is 28.999999999999996), so, as Streamr's DU
 * helper did, the number of steps is first rounded to 8 decimals before taking its floor or ceiling; otherwise 0.29
 * would "round up" to 0.30. The result is formed by dividing by 1/precision when that is a whole number (so 29 steps
 * of 0.01 give exactly the double 0.29), else by multiplying and rounding to 8 decimals.
 */
public final class RoundToStep extends ModuleInstance {
    private static final double GRID = 1e8;
    /** Beyond this the 8-decimal grid is finer than a double can resolve (Streamr's maxCleanable). */
    private static final double CLEANABLE = Long.MAX_VALUE / GRID;

    private final Parameter mode = doubleParam("mode", 1)
        .choices("up", 1.0, "down", 2.0, "towards zero", 3.0, "away from zero", 4.0)
        .help("Direction of rounding: 1 up, 2 down, 3 towards zero, 4 away from zero.");
    private final Parameter precision = doubleParam("precision", 0.01)
        .help("The step to round to (above 0), e.g. 0.01 for cents or 5 for multiples of five.");
    private final Input in = doubleInput("in").help("The number to round.");
    private final Output out = doubleOutput("out").help("The input rounded to a multiple of precision.");

    @Override
    public void initialize() {
        checkStep();
        checkMode();
    }

    private double checkStep() {
        double step = precision.getDouble();
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new ModuleException("precision must be a number above 0, got " + precision.getString());
        }
        return step;
    }

    private int checkMode() {
        double m = mode.getDouble();
        if (m != 1 && m != 2 && m != 3 && m != 4) {
            throw new ModuleException("mode must be 1 (up), 2 (down), 3 (towards zero) or 4 (away from zero), got "
                + mode.getString());
        }
        return (int) m;
    }

    @Override
    public void sendOutput() {
        double step = checkStep();
        int m = checkMode();
        double v = in.getDouble();
        boolean down = switch (m) {
            case 1 -> false;
            case 2 -> true;
            case 3 -> v >= 0;
            default -> v < 0;
        };
        double steps = clean(v / step);
        steps = down ? Math.floor(steps) : Math.ceil(steps);
        double perUnit = 1 / step;
        double whole = Math.rint(perUnit);
        out.send(whole >= 1 && Math.abs(perUnit - whole) < 1e-9 * whole ? steps / whole : clean(steps * step));
    }

    private static double clean(double d) {
        return Math.abs(d) > CLEANABLE ? d : Math.rint(d * GRID) / GRID;
    }
}
