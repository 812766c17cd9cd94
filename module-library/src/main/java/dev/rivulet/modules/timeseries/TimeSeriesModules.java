package dev.rivulet.modules.timeseries;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Time Series categories (Filtering, Utils, Triggers...). */
public final class TimeSeriesModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("moving-average", "MovingAverage", "Time Series/Filtering", MovingAverage::new)
                .streamrId(524).aliases("SMA")
                .help("Simple moving average of the last windowLength values (or of a time span)."));
    }
}
