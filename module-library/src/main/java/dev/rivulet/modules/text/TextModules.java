package dev.rivulet.modules.text;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Text category. */
public final class TextModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of();
    }
}
