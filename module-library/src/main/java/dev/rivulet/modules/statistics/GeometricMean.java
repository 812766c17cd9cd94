package dev.rivulet.modules.statistics;

import org.apache.commons.math3.stat.descriptive.StorelessUnivariateStatistic;

/** Streamr's GeometricMean: exp of the mean of the logarithms of the values in the window. */
public final class GeometricMean extends UnivariateWindowStatistic {
    private final org.apache.commons.math3.stat.descriptive.moment.GeometricMean statistic =
        new org.apache.commons.math3.stat.descriptive.moment.GeometricMean();

    public GeometricMean() {
        super("Positive values to average multiplicatively.",
            "The n-th root of the product of the values in the window; nothing while it holds a negative value.");
    }

    @Override
    protected StorelessUnivariateStatistic newRunning() {
        return new org.apache.commons.math3.stat.descriptive.moment.GeometricMean();
    }

    @Override
    protected double evaluate(double[] values, int n) {
        return statistic.evaluate(values, 0, n);
    }
}
