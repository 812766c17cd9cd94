package dev.rivulet.modules.statistics;

import dev.rivulet.core.Output;

/**
 * Streamr's LinearRegressionXY ("UnivariateLinearRegression"): a least-squares line y = slope·x + intercept through
 * the (x, y) pairs in the window, by Commons Math's SimpleRegression, with its mean square error and R².
 *
 * <p>Each output is sent only when it is defined: slope and intercept from two pairs with different x, the error
 * from three pairs, R² while y varies. Streamr sent all four even when undefined (as 0, after its output rounding),
 * which made a fresh window look like a perfect flat fit.
 */
public final class UnivariateLinearRegression extends PairedWindowStatistic {
    private final Output slope = doubleOutput("slope").help("Slope of the fitted line: the change in y per unit of x.");
    private final Output intercept = doubleOutput("intercept").help("Value of the fitted line at x = 0.");
    private final Output error = doubleOutput("error")
        .help("Mean square error of the fit: the squared residuals summed and divided by n - 2.");
    private final Output rSquared = doubleOutput("R^2")
        .help("Coefficient of determination: the share of y's variance the line explains, from 0 to 1.");

    public UnivariateLinearRegression() {
        super(0, "The explanatory series (x).", "The series to explain (y), paired with the x value it arrives with.");
    }

    @Override
    protected void emit(int pairs) {
        sendIfDefined(slope, regression.getSlope());
        sendIfDefined(intercept, regression.getIntercept());
        sendIfDefined(error, regression.getMeanSquareError());
        sendIfDefined(rSquared, regression.getRSquare());
    }

    private static void sendIfDefined(Output out, double v) {
        if (!Double.isNaN(v)) {
            out.send(v);
        }
    }
}
