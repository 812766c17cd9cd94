package dev.rivulet.modules.statistics;

import org.apache.commons.math3.stat.descriptive.StorelessUnivariateStatistic;

/** Streamr's StandardDeviation: the bias-corrected sample standard deviation of the window. */
public final class StandardDeviation extends UnivariateWindowStatistic {
    private final org.apache.commons.math3.stat.descriptive.moment.StandardDeviation statistic =
        new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation();

    public StandardDeviation() {
        super("Values whose spread to measure.",
            "Sample standard deviation of the values in the window (divides by n - 1; 0 for a single value).");
    }

    @Override
    protected StorelessUnivariateStatistic newRunning() {
        return new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation();
    }

    @Override
    protected double evaluate(double[] values, int n) {
        return statistic.evaluate(values, 0, n);
    }
}
