package dev.rivulet.modules.color;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Utils/Color category. */
public final class ColorModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of();
    }
}
