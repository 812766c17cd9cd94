package dev.rivulet.modules.statistics;

import org.apache.commons.math3.stat.descriptive.StorelessUnivariateStatistic;

/** Streamr's PopulationVariance: the variance of the window treated as the whole population (divides by n). */
public final class PopulationVariance extends UnivariateWindowStatistic {
    private final org.apache.commons.math3.stat.descriptive.moment.Variance statistic =
        new org.apache.commons.math3.stat.descriptive.moment.Variance(false);

    public PopulationVariance() {
        super("Values whose spread to measure.",
            "Population variance of the values in the window: mean squared distance from their mean (divides by n).");
    }

    @Override
    protected StorelessUnivariateStatistic newRunning() {
        return new org.apache.commons.math3.stat.descriptive.moment.Variance(false);
    }

    @Override
    protected double evaluate(double[] values, int n) {
        return statistic.evaluate(values, 0, n);
    }
}
