package dev.rivulet.modules.text;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Streamr's FormatNumber: the number as text with exactly {@code decimalPlaces} digits after the point, a "." as
 * decimal separator and no thousands grouping, as in Streamr.
 *
 * <p>Rounding is half away from zero on the number as written (2.5 gives "3", 1.005 with two places gives "1.01"),
 * the way spreadsheets and people round. Streamr's DecimalFormat rounded half to even on the binary value, so 2.5
 * gave "2" and 1.005 gave "1.00", which analysts took for bugs. NaN and infinities read "NaN", "Infinity" and
 * "-Infinity". A negative or fractional decimalPlaces fails the module.
 */
public final class FormatNumber extends ModuleInstance {
    /** More digits than a double carries; also keeps a typo like 1e9 from building a gigabyte of zeros. */
    private static final int MAX_PLACES = 20;

    private final Parameter decimalPlaces = doubleParam("decimalPlaces", 0)
        .help("Digits after the decimal point, a whole number from 0 to " + MAX_PLACES + ".");
    private final Input number = doubleInput("number").help("The number to write.");
    private final Output text = stringOutput("text").help("The number as text, rounded to the decimal places.");

    @Override
    public void initialize() {
        places();
    }

    @Override
    public void sendOutput() {
        int places = places();
        double v = number.getDouble();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            text.send(Double.toString(v));
            return;
        }
        // BigDecimal has no negative zero, so -0.4 rounded to 0 places reads "0", not "-0"
        text.send(BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).toPlainString());
    }

    private int places() {
        double p = decimalPlaces.getDouble();
        if (!(p >= 0) || p > MAX_PLACES || p != Math.rint(p)) {
            throw new ModuleException("decimalPlaces must be a whole number from 0 to " + MAX_PLACES + ", not "
                + decimalPlaces.getString());
        }
        return (int) p;
    }
}
