package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;

/**
 * Streamr's LinearMapper: maps [xMin, xMax] linearly onto [yMin, yMax] and clamps the result to that range, e.g. a
 * 0..1 signal to 0..100 %. Either range may run backwards (yMin above yMax inverts the mapping).
 */
public final class LinearMapper extends ModuleInstance {
    private final Parameter xMin = doubleParam("xMin", 0).help("Input value that maps to yMin.");
    private final Parameter xMax = doubleParam("xMax", 1).help("Input value that maps to yMax; must differ from xMin.");
    private final Parameter yMin = doubleParam("yMin", 0).help("Output for an input of xMin.");
    private final Parameter yMax = doubleParam("yMax", 100).help("Output for an input of xMax.");
    private final Input in = doubleInput("in").help("The value to map.");
    private final Output out = doubleOutput("out")
        .help("The mapped value, kept between yMin and yMax however far the input goes.");

    @Override
    public void initialize() {
        check(xMin.getDouble(), xMax.getDouble());
    }

    private void check(double x0, double x1) {
        // Streamr divided by xMax - xMin regardless and sent garbage (an infinite slope) when they were equal
        if (x0 == x1 || !Double.isFinite(x0) || !Double.isFinite(x1)) {
            throw new ModuleException("xMin and xMax must be different numbers, got " + xMin.getString() + " and "
                + xMax.getString());
        }
    }

    @Override
    public void sendOutput() {
        double x0 = xMin.getDouble();
        double x1 = xMax.getDouble();
        check(x0, x1);
        double y0 = yMin.getDouble();
        double y1 = yMax.getDouble();
        double slope = (y1 - y0) / (x1 - x0);
        double v = y1 - slope * (x1 - in.getDouble());
        double hi = Math.max(y0, y1);
        double lo = Math.min(y0, y1);
        out.send(v > hi ? hi : v < lo ? lo : v);
    }
}
