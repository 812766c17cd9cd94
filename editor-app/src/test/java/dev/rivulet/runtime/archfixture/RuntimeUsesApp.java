package dev.rivulet.runtime.archfixture;

import dev.rivulet.app.Launcher;

/** Deliberate layering violation (runtime-bridge code using editor-app); see LayeringRulesCatchViolationsTest. */
public final class RuntimeUsesApp {

    int start() {
        return Launcher.run("--version");
    }
}
