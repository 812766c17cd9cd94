package dev.rivulet.modules.math;

/**
 * Streamr's ChangeRelative ("Return"): (current - previous) / previous, e.g. 0.05 for a 5 % rise. After a zero
 * nothing is sent (the relative change from zero is undefined), as in Streamr.
 */
public final class ChangeRelative extends ChangeFromPrevious {
    public ChangeRelative() {
        super("The series whose relative change to compute.",
            "(current - previous) / previous: 0.05 for a 5 % rise; nothing after a zero.");
    }

    @Override
    protected double change(double previous, double current) {
        return previous == 0 ? Double.NaN : (current - previous) / previous;
    }
}
