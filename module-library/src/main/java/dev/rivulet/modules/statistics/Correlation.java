package dev.rivulet.modules.statistics;

import dev.rivulet.core.Output;

/**
 * Streamr's PearsonsCorrelation ("Correlation"): Pearson's correlation coefficient of the (x, y) pairs in the window,
 * as Commons Math's PearsonsCorrelation computes it (the signed square root of the regression's R²). The output is
 * named "corr" as in Streamr's engine, so saved Streamr canvases keep their connections.
 */
public final class Correlation extends PairedWindowStatistic {
    private final Output corr = doubleOutput("corr")
        .help("Correlation of x and y in the window, from -1 to 1; nothing while x or y is constant.");

    public Correlation() {
        super(2, "The first series (x).", "The second series (y), paired with the x value it arrives with.");
    }

    @Override
    protected void emit(int pairs) {
        if (pairs >= 2) {
            double r = regression.getR();
            if (!Double.isNaN(r)) {
                corr.send(r);
            }
        }
    }
}
