package dev.rivulet.modules.statistics;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Parameter;
import org.apache.commons.math3.stat.descriptive.StorelessUnivariateStatistic;

/**
 * Streamr's Percentile: the given percentile of the values in the window, estimated as Commons Math's (and so
 * Streamr's DescriptiveStatistics') default Percentile does, interpolating between the two nearest values.
 *
 * <p>A percentile needs every value of the window, so, as in Streamr, an unbounded window (windowLength 0, the
 * default) is refused with a message asking for a window length; keeping every value of an endless stream and
 * re-sorting it on each event would slow the canvas down more and more.
 */
public final class Percentile extends UnivariateWindowStatistic {
    private final Parameter percentage = doubleParam("percentage", 25)
        .help("Which percentile to send, above 0 and at most 100: 50 is the median, 25 the lower quartile.");
    private final org.apache.commons.math3.stat.descriptive.rank.Percentile statistic =
        new org.apache.commons.math3.stat.descriptive.rank.Percentile();

    public Percentile() {
        super("Values whose distribution to describe.",
            "The value below which the given percentage of the values in the window fall.");
    }

    @Override
    protected void check() {
        double p = percentage.getDouble();
        if (!(p > 0 && p <= 100)) {
            throw new ModuleException("percentage must be above 0 and at most 100, got " + percentage.getString());
        }
    }

    @Override
    protected boolean allowsUnboundedStorage() {
        return false;
    }

    @Override
    protected StorelessUnivariateStatistic newRunning() {
        return null;
    }

    @Override
    protected double evaluate(double[] values, int n) {
        return statistic.evaluate(values, 0, n, percentage.getDouble());
    }
}
