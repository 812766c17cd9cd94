package dev.rivulet.modules.map;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Map category. */
public final class MapModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of();
    }
}
