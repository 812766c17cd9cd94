package dev.rivulet.modules.statistics;

import org.apache.commons.math3.stat.descriptive.StorelessUnivariateStatistic;

/** Streamr's SumOfSquares: the sum of the squared values in the window. */
public final class SumOfSquares extends UnivariateWindowStatistic {
    private final org.apache.commons.math3.stat.descriptive.summary.SumOfSquares statistic =
        new org.apache.commons.math3.stat.descriptive.summary.SumOfSquares();

    public SumOfSquares() {
        super("Values to square and add up.",
            "Sum of the squares of the values in the window.");
    }

    @Override
    protected StorelessUnivariateStatistic newRunning() {
        return new org.apache.commons.math3.stat.descriptive.summary.SumOfSquares();
    }

    @Override
    protected double evaluate(double[] values, int n) {
        return statistic.evaluate(values, 0, n);
    }
}
