package dev.rivulet.modules.math;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Time Series / Simple Math category. */
public final class MathModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("count", "Count", "Time Series/Simple Math", Count::new).streamrId(161)
                .aliases("number").help("Counts events."));
    }
}
