package dev.rivulet.modules.statistics;

import org.apache.commons.math3.stat.descriptive.StorelessUnivariateStatistic;

/** Streamr's Kurtosis: the sample excess kurtosis (Commons Math's bias-corrected estimator) of the window. */
public final class Kurtosis extends UnivariateWindowStatistic {
    private final org.apache.commons.math3.stat.descriptive.moment.Kurtosis statistic =
        new org.apache.commons.math3.stat.descriptive.moment.Kurtosis();

    public Kurtosis() {
        super("Values whose distribution to describe.",
            "Excess kurtosis of the values in the window (0 for a normal distribution); needs at least 4 values.");
    }

    @Override
    protected StorelessUnivariateStatistic newRunning() {
        return new org.apache.commons.math3.stat.descriptive.moment.Kurtosis();
    }

    @Override
    protected double evaluate(double[] values, int n) {
        return statistic.evaluate(values, 0, n);
    }
}
