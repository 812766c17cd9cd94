package dev.rivulet.modules.utils;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Utils category. */
public final class UtilsModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("constant", "Constant", "Utils", Constant::new).streamrId(5).aliases("Number")
                .help("A constant number. Inputs connected to it always have its value."),
            ModuleDefinition.of("filter", "Filter", "Utils", Filter::new).streamrId(522)
                .aliases("Select", "Pick", "Choose")
                .help("Passes values through only while the pass input is true."));
    }
}
