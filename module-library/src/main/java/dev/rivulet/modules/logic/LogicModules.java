package dev.rivulet.modules.logic;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleProvider;
import java.util.List;

/** The Boolean category. */
public final class LogicModules implements ModuleProvider {
    @Override
    public List<ModuleDefinition> modules() {
        return List.of(
            ModuleDefinition.of("greater-than", "GreaterThan", "Boolean", GreaterThan::new).streamrId(46)
                .aliases(">").help("True when A is greater than B (or equal, with equality on)."));
    }
}
