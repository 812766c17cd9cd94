package dev.rivulet.modules.analytics;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;

/**
 * UnitConversion: converts numbers from one unit to another of the same quantity (length, mass, temperature, speed,
 * energy, power, pressure, time); see {@link Units} for the units and their definitions. Temperatures convert as
 * temperatures (0 °C = 32 °F), not as differences. A pair of different quantities (°C to metres) is refused when the
 * module starts, with a message listing the units it could convert to.
 */
public final class UnitConversion extends ConfiguredModule {
    private final Input in = doubleInput("in").help("The values to convert, in the from unit.");
    private final Parameter from = stringParam("from", "km").choices(Units.choices())
        .help("The unit the values arrive in, e.g. km, mph, F, kWh, psi, min.");
    private final Parameter to = stringParam("to", "mi").choices(Units.choices())
        .help("The unit to convert to; it must measure the same quantity as from.");
    private final Output out = doubleOutput("out").help("The values in the to unit.");

    private Units.Unit fromUnit;
    private Units.Unit toUnit;

    @Override
    protected void configure() {
        Units.Unit a = unit(from);
        Units.Unit b = unit(to);
        if (!a.quantity().equals(b.quantity())) {
            throw new ModuleException("to: cannot convert " + a.quantity() + " (" + a.code() + ") to " + b.quantity() + " ("
                + b.code() + "); " + a.code() + " converts to " + Units.codesOf(a.quantity()));
        }
        fromUnit = a;
        toUnit = b;
    }

    private static Units.Unit unit(Parameter p) {
        Units.Unit u = Units.find(p.getString());
        if (u == null) {
            throw new ModuleException(p.name() + ": unknown unit \"" + p.getString() + "\" (units of "
                + Units.quantities() + ", e.g. km, kg, C, km/h, kWh, kW, bar, h)");
        }
        return u;
    }

    @Override
    protected void process() {
        // through the base unit in two steps: a few more operations, but exact where the definitions are
        out.send(toUnit.fromBase(fromUnit.toBase(in.getDouble())));
    }
}
