package dev.rivulet.modules.timeseries;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Time Series categories handled here: Filtering, window Min/Max (Statistics), Random, Utils and Prediction. */
public final class TimeSeriesModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("moving-average", "MovingAverage", "Time Series/Filtering", MovingAverage::new)
                .streamrId(524).aliases("SMA")
                .help("Simple moving average of the last windowLength values (or of a time span). With a time "
                    + "window the average is also updated when old values expire."),
            ModuleDefinition.of("moving-average-exp", "MovingAverageExp", "Time Series/Filtering",
                    MovingAverageExp::new)
                .streamrId(96).aliases("EMA")
                .help("Exponential moving average: recent values weigh more, with weight 2 / (length + 1) for each "
                    + "new value. Until length values have arrived it sends their plain average."),
            ModuleDefinition.of("min-window", "Min (window)", "Time Series/Statistics", MinWindow::new)
                .streamrId(149).aliases("Minimum", "Smallest")
                .help("The smallest value in a sliding window of the last windowLength events or time units."),
            ModuleDefinition.of("max-window", "Max (window)", "Time Series/Statistics", MaxWindow::new)
                .streamrId(150).aliases("Maximum", "Largest")
                .help("The largest value in a sliding window of the last windowLength events or time units."),
            ModuleDefinition.of("random-number", "RandomNumber", "Time Series/Random", RandomNumber::new)
                .streamrId(562)
                .help("Sends a random number between min and max (uniformly distributed) whenever the trigger "
                    + "receives a value."),
            ModuleDefinition.of("barify", "Barify", "Time Series/Time Series Utils", Barify::new)
                .streamrId(16).aliases("Time")
                .help("Collects values into bars of barLength seconds and sends each bar's open, high, low, close, "
                    + "average and sum when the bar ends."),
            ModuleDefinition.of("delay", "Delay", "Time Series/Time Series Utils", Delay::new).streamrId(7)
                .help("Holds values back: each event sends the value received delayEvents events earlier."),
            ModuleDefinition.of("random-number-gaussian", "RandomNumberGaussian", "Time Series/Random",
                    RandomNumberGaussian::new)
                .streamrId(563)
                .help("Sends a normally distributed random number with the given mean and standard deviation (sd) "
                    + "whenever the trigger receives a value. The seed option makes the sequence repeatable."),
            ModuleDefinition.of("flex-barify", "FlexBarify", "Time Series/Time Series Utils", FlexBarify::new)
                .streamrId(158)
                .help("Collects values into bars measured by a quantity instead of time, e.g. volume bars: each "
                    + "value counts valueLength towards the bar, and a bar's open, high, low, close, weighted "
                    + "average and sum are sent when the lengths reach barLength."),
            ModuleDefinition.of("arima", "ARIMA", "Time Series/Prediction", Arima::new).streamrId(98)
                .help("Forecasts the next value of a series with an ARIMA(p, d, q) model whose coefficients you set: "
                    + "choose the orders in the options AR(p), I(d) and MA(q), then fill in ar1..arP and ma1..maQ. "
                    + "The model is evaluated, not fitted to the data."));
    }
}
