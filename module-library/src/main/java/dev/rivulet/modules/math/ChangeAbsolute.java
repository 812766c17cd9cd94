package dev.rivulet.modules.math;

/** Streamr's ChangeAbsolute ("Difference"): the current value minus the previous one. */
public final class ChangeAbsolute extends ChangeFromPrevious {
    public ChangeAbsolute() {
        super("The series to difference.", "Current value minus the previous value.");
    }

    @Override
    protected double change(double previous, double current) {
        return current - previous;
    }
}
