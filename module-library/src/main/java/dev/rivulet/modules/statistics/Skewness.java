package dev.rivulet.modules.statistics;

import org.apache.commons.math3.stat.descriptive.StorelessUnivariateStatistic;

/** Streamr's Skewness: the sample skewness (Commons Math's bias-corrected estimator) of the window. */
public final class Skewness extends UnivariateWindowStatistic {
    private final org.apache.commons.math3.stat.descriptive.moment.Skewness statistic =
        new org.apache.commons.math3.stat.descriptive.moment.Skewness();

    public Skewness() {
        super("Values whose distribution to describe.",
            "Skewness of the values in the window: positive when the long tail is on the high side; needs 3 values.");
    }

    @Override
    protected StorelessUnivariateStatistic newRunning() {
        return new org.apache.commons.math3.stat.descriptive.moment.Skewness();
    }

    @Override
    protected double evaluate(double[] values, int n) {
        return statistic.evaluate(values, 0, n);
    }
}
