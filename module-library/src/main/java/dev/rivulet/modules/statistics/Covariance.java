package dev.rivulet.modules.statistics;

import dev.rivulet.core.Output;

/**
 * Streamr's Covariance: the sample covariance of the (x, y) pairs in the window, dividing by n - 1 like Commons
 * Math's bias-corrected Covariance. The output is named "cov" as in Streamr's engine.
 */
public final class Covariance extends PairedWindowStatistic {
    private final Output cov = doubleOutput("cov")
        .help("Sample covariance of x and y in the window: positive when they tend to move together.");

    public Covariance() {
        super(2, "The first series (x).", "The second series (y), paired with the x value it arrives with.");
    }

    @Override
    protected void emit(int pairs) {
        if (pairs >= 2) {
            double c = regression.getSumOfCrossProducts() / (pairs - 1);
            if (!Double.isNaN(c)) {
                cov.send(c);
            }
        }
    }
}
