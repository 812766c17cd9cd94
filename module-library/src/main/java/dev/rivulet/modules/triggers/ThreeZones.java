package dev.rivulet.modules.triggers;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;

/**
 * Streamr's ThreeZones: tells which of three zones each value is in: 1 at or above highZone, -1 at or below lowZone,
 * 0 in between. Stateless, so nothing to clear or save.
 */
public final class ThreeZones extends ModuleInstance {
    private final Parameter highZone = doubleParam("highZone", 0.8)
        .help("Values at or above this level are in the high zone (1).");
    private final Parameter lowZone = doubleParam("lowZone", -0.8)
        .help("Values at or below this level are in the low zone (-1); must not be above highZone.");
    private final Input in = doubleInput("in").help("The values to classify.");
    private final Output out = doubleOutput("out").help("1 in the high zone, -1 in the low zone, 0 in between.");

    @Override
    public void initialize() {
        check(highZone.getDouble(), lowZone.getDouble());
    }

    private void check(double high, double low) {
        if (!(low <= high)) {
            throw new ModuleException("lowZone (" + lowZone.getString() + ") must not be above highZone ("
                + highZone.getString() + ")");
        }
    }

    @Override
    public void sendOutput() {
        double high = highZone.getDouble();
        double low = lowZone.getDouble();
        check(high, low);
        double v = in.getDouble();
        // NaN belongs to no zone; Streamr's comparisons put it in the middle zone, which would read as a release
        if (Double.isNaN(v)) {
            return;
        }
        out.send(v >= high ? 1 : v <= low ? -1 : 0);
    }
}
