package dev.rivulet.modules.statistics;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/**
 * The Time Series/Statistics category (window Min and Max live with the other time series windows, in
 * modules.timeseries).
 */
public final class StatisticsModules implements ModuleProvider {
    private static final String CATEGORY = "Time Series/Statistics";
    private static final String WINDOW = " By default the window is unbounded (windowLength 0): the statistic covers "
        + "everything since the start.";

    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("correlation", "Correlation", CATEGORY, Correlation::new).streamrId(54)
                .help("Pearson's correlation of two series over a sliding window of (x, y) pairs: 1 when they rise "
                    + "and fall together in a straight-line relation, -1 when one falls as the other rises, 0 when "
                    + "unrelated." + WINDOW),
            ModuleDefinition.of("covariance", "Covariance", CATEGORY, Covariance::new).streamrId(56)
                .help("Sample covariance of two series over a sliding window of (x, y) pairs: positive when they "
                    + "move together, negative when they move in opposite directions." + WINDOW),
            ModuleDefinition.of("geometric-mean", "GeometricMean", CATEGORY, GeometricMean::new).streamrId(151)
                .help("Geometric mean of the values in a sliding window: the n-th root of their product, the fitting "
                    + "average for growth factors and ratios. Needs positive values." + WINDOW),
            ModuleDefinition.of("kurtosis", "Kurtosis", CATEGORY, Kurtosis::new).streamrId(152)
                .help("Excess kurtosis of the values in a sliding window: how heavy the tails of their distribution "
                    + "are compared with a normal distribution (positive = more extreme values)." + WINDOW),
            ModuleDefinition.of("percentile", "Percentile", CATEGORY, Percentile::new).streamrId(153)
                .help("The given percentile of the values in a sliding window, e.g. 50 for the median. It needs a "
                    + "bounded window: set windowLength to 1 or more."),
            ModuleDefinition.of("population-variance", "PopulationVariance", CATEGORY, PopulationVariance::new)
                .streamrId(154)
                .help("Population variance of the values in a sliding window (dividing by n): use it when the window "
                    + "is the whole population rather than a sample." + WINDOW),
            ModuleDefinition.of("skewness", "Skewness", CATEGORY, Skewness::new).streamrId(156)
                .help("Skewness of the values in a sliding window: how lopsided their distribution is, positive when "
                    + "the long tail is on the high side." + WINDOW),
            ModuleDefinition.of("spearmans-rank-correlation", "SpearmansRankCorrelation", CATEGORY,
                    SpearmansRankCorrelation::new).streamrId(55)
                .help("Spearman's rank correlation of two series over a sliding window of (x, y) pairs: 1 when y "
                    + "always rises with x, whatever the shape of the relation. It keeps every pair of its window, "
                    + "so give it a window on long streams." + WINDOW),
            ModuleDefinition.of("standard-deviation", "StandardDeviation", CATEGORY, StandardDeviation::new)
                .streamrId(138)
                .help("Sample standard deviation of the values in a sliding window: their typical distance from the "
                    + "mean, in the units of the values." + WINDOW),
            ModuleDefinition.of("sum-of-squares", "SumOfSquares", CATEGORY, SumOfSquares::new).streamrId(157)
                .help("Sum of the squares of the values in a sliding window." + WINDOW),
            ModuleDefinition.of("univariate-linear-regression", "UnivariateLinearRegression", CATEGORY,
                    UnivariateLinearRegression::new).streamrId(51)
                .help("Fits a straight line y = slope·x + intercept to the (x, y) pairs in a sliding window by least "
                    + "squares, and sends its slope, intercept, mean square error and R²." + WINDOW),
            ModuleDefinition.of("variance", "Variance", CATEGORY, Variance::new).streamrId(155)
                .help("Sample variance of the values in a sliding window (dividing by n - 1): the mean squared "
                    + "distance from their mean." + WINDOW));
    }
}
