package dev.rivulet.modules.statistics;

import dev.rivulet.core.Output;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Streamr's SpearmansRankCorrelation: Pearson's correlation of the ranks of x and y in the window (ties get their
 * average rank), by Commons Math's SpearmansCorrelation. Ranks need every value, so this module keeps the pairs even
 * for an unbounded window and ranks them again on each event; give it a window on long streams. The output is named
 * "corr" as in Streamr's engine.
 */
public final class SpearmansRankCorrelation extends PairedWindowStatistic {
    private final Output corr = doubleOutput("corr")
        .help("Rank correlation of x and y in the window, from -1 to 1: 1 when y always rises with x.");
    private final SpearmansCorrelation spearman = new SpearmansCorrelation();
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    public SpearmansRankCorrelation() {
        super(2, "The first series (x).", "The second series (y), paired with the x value it arrives with.");
    }

    @Override
    protected boolean needsValues() {
        return true;
    }

    @Override
    protected void emit(int pairs) {
        if (pairs < 2) {
            return;
        }
        // Commons Math wants arrays of exactly the sample size; they are reused while the window is full
        if (xs.length != pairs) {
            xs = new double[pairs];
            ys = new double[pairs];
        }
        copyX(xs);
        copyY(ys);
        for (int i = 0; i < pairs; i++) {
            // the default ranking refuses NaN; a NaN pair makes the ranks undefined until it leaves the window
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                return;
            }
        }
        double r = spearman.correlation(xs, ys);
        if (!Double.isNaN(r)) {
            corr.send(r);
        }
    }
}
