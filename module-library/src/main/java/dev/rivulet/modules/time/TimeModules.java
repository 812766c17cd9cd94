package dev.rivulet.modules.time;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Time & Date category. */
public final class TimeModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of();
    }
}
