package dev.rivulet.modules.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units UnitConversion knows, by quantity. Every unit is a linear function of its quantity's base unit,
 * base = (value + offset) × mul / div (offsets only for temperatures). Keeping ratios such as 5/9 or 1/3.6 as a
 * multiplication and a division, rather than one rounded factor, gives round results where people expect them
 * (100 °C is 212 °F exactly, not 211.99999999999997). Factors are
 * the exact definitions where one exists (inch = 0.0254 m, pound = 0.45359237 kg, calorie = 4.184 J (thermochemical),
 * BTU = 1055.05585262 J (IT), horsepower = 745.69987158227022 W (mechanical), psi = 6894.757293168 Pa,
 * mmHg = 133.322387415 Pa, standard atmosphere = 101325 Pa).
 *
 * <p>Usage: {@code Units.Unit km = Units.find("km");}
 */
final class Units {
    /** One unit: its code (the parameter value), display name, quantity and conversion to the base unit. */
    record Unit(String code, String name, String quantity, double mul, double div, double offset) {
        /** The value in the quantity's base unit. */
        double toBase(double x) {
            return (x + offset) * mul / div;
        }

        /** A value in the base unit in this unit. */
        double fromBase(double base) {
            return base * div / mul - offset;
        }
    }

    private static final Map<String, Unit> BY_CODE = new LinkedHashMap<>();

    static {
        String q = "length";
        add("m", "metre", q, 1);
        add("km", "kilometre", q, 1000);
        add("cm", "centimetre", q, 0.01);
        add("mm", "millimetre", q, 0.001);
        add("mi", "mile", q, 1609.344);
        add("yd", "yard", q, 0.9144);
        add("ft", "foot", q, 0.3048);
        add("in", "inch", q, 0.0254);
        add("nmi", "nautical mile", q, 1852);
        q = "mass";
        add("kg", "kilogram", q, 1);
        add("g", "gram", q, 0.001);
        add("mg", "milligram", q, 1e-6);
        add("t", "tonne", q, 1000);
        add("lb", "pound", q, 0.45359237);
        add("oz", "ounce", q, 0.028349523125);
        add("st", "stone", q, 6.35029318);
        q = "temperature";
        add("C", "degree Celsius", q, 1, 1, 0);
        add("K", "kelvin", q, 1, 1, -273.15);
        add("F", "degree Fahrenheit", q, 5, 9, -32);
        q = "speed";
        add("m/s", "metre per second", q, 1);
        add("km/h", "kilometre per hour", q, 1, 3.6, 0);
        add("mph", "mile per hour", q, 0.44704);
        add("kn", "knot", q, 1852, 3600, 0);
        add("ft/s", "foot per second", q, 0.3048);
        q = "energy";
        add("J", "joule", q, 1);
        add("kJ", "kilojoule", q, 1000);
        add("MJ", "megajoule", q, 1e6);
        add("Wh", "watt hour", q, 3600);
        add("kWh", "kilowatt hour", q, 3.6e6);
        add("MWh", "megawatt hour", q, 3.6e9);
        add("cal", "calorie", q, 4.184);
        add("kcal", "kilocalorie", q, 4184);
        add("BTU", "British thermal unit", q, 1055.05585262);
        q = "power";
        add("W", "watt", q, 1);
        add("kW", "kilowatt", q, 1000);
        add("MW", "megawatt", q, 1e6);
        add("GW", "gigawatt", q, 1e9);
        add("hp", "horsepower", q, 745.69987158227022);
        add("BTU/h", "BTU per hour", q, 1055.05585262, 3600, 0);
        q = "pressure";
        add("Pa", "pascal", q, 1);
        add("hPa", "hectopascal", q, 100);
        add("kPa", "kilopascal", q, 1000);
        add("MPa", "megapascal", q, 1e6);
        add("bar", "bar", q, 1e5);
        add("mbar", "millibar", q, 100);
        add("atm", "standard atmosphere", q, 101325);
        add("psi", "pound per square inch", q, 6894.757293168);
        add("mmHg", "millimetre of mercury", q, 133.322387415);
        q = "time";
        add("ms", "millisecond", q, 0.001);
        add("s", "second", q, 1);
        add("min", "minute", q, 60);
        add("h", "hour", q, 3600);
        add("d", "day", q, 86400);
        add("wk", "week", q, 604800);
    }

    private Units() {
    }

    private static void add(String code, String name, String quantity, double factor) {
        add(code, name, quantity, factor, 1, 0);
    }

    private static void add(String code, String name, String quantity, double mul, double div, double offset) {
        BY_CODE.put(code, new Unit(code, name, quantity, mul, div, offset));
    }

    /**
     * A unit by its code (exact, e.g. "MW", then ignoring case when that is unambiguous, e.g. "kwh") or its name
     * ("kilometre"); null when unknown.
     */
    static Unit find(String text) {
        String t = text == null ? "" : text.trim();
        Unit exact = BY_CODE.get(t);
        if (exact != null) {
            return exact;
        }
        Unit found = null;
        for (Unit u : BY_CODE.values()) {
            if (u.code().equalsIgnoreCase(t) || u.name().equalsIgnoreCase(t)) {
                if (found != null && found != u) {
                    return null;
                }
                found = u;
            }
        }
        return found;
    }

    /** Every unit, grouped by quantity, in the order listed above. */
    static List<Unit> all() {
        return new ArrayList<>(BY_CODE.values());
    }

    /** Parameter choices: display "quantity: name (code)", value the code. */
    static Object[] choices() {
        List<Object> c = new ArrayList<>();
        for (Unit u : BY_CODE.values()) {
            c.add(u.quantity() + ": " + u.name() + " (" + u.code() + ")");
            c.add(u.code());
        }
        return c.toArray();
    }

    /** The codes of one quantity, for messages. */
    static String codesOf(String quantity) {
        List<String> codes = new ArrayList<>();
        for (Unit u : BY_CODE.values()) {
            if (u.quantity().equals(quantity)) {
                codes.add(u.code());
            }
        }
        return String.join(", ", codes);
    }

    static String quantities() {
        List<String> qs = new ArrayList<>();
        for (Unit u : BY_CODE.values()) {
            if (!qs.contains(u.quantity())) {
                qs.add(u.quantity());
            }
        }
        return String.join(", ", qs).toLowerCase(Locale.ROOT);
    }
}
