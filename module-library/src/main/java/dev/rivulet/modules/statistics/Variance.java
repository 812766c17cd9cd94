package dev.rivulet.modules.statistics;

import org.apache.commons.math3.stat.descriptive.StorelessUnivariateStatistic;

/** Streamr's Variance: the bias-corrected sample variance of the window. */
public final class Variance extends UnivariateWindowStatistic {
    private final org.apache.commons.math3.stat.descriptive.moment.Variance statistic =
        new org.apache.commons.math3.stat.descriptive.moment.Variance();

    public Variance() {
        super("Values whose spread to measure.",
            "Sample variance of the values in the window (divides by n - 1; 0 for a single value).");
    }

    @Override
    protected StorelessUnivariateStatistic newRunning() {
        return new org.apache.commons.math3.stat.descriptive.moment.Variance();
    }

    @Override
    protected double evaluate(double[] values, int n) {
        return statistic.evaluate(values, 0, n);
    }
}
