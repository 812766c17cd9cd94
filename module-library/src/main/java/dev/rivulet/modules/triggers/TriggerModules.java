package dev.rivulet.modules.triggers;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Time Series/Triggers category. */
public final class TriggerModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of();
    }
}
