package dev.rivulet.modules.archfixture;

import dev.rivulet.runtime.store.DataDirectory;

/** Deliberate layering violation (module-library code using runtime-bridge); see LayeringRulesCatchViolationsTest. */
public final class ModuleUsesRuntime {

    DataDirectory store;
}
