package dev.rivulet.modules.math;

/**
 * Streamr's ChangeLogarithmic: ln(current / previous), the log return. Nothing is sent when either value is zero (as
 * in Streamr) or when their ratio is negative (there the logarithm is undefined; Streamr sent NaN, which its output
 * rounding turned into 0).
 */
public final class ChangeLogarithmic extends ChangeFromPrevious {
    public ChangeLogarithmic() {
        super("The series whose logarithmic change to compute (values of one sign, e.g. prices).",
            "ln(current / previous); nothing after or at a zero, or when the sign changes.");
    }

    @Override
    protected double change(double previous, double current) {
        if (previous == 0 || current == 0) {
            return Double.NaN;
        }
        double ratio = current / previous;
        return ratio > 0 ? Math.log(ratio) : Double.NaN;
    }
}
