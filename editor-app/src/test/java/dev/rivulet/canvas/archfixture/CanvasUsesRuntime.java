package dev.rivulet.canvas.archfixture;

import dev.rivulet.runtime.store.Databases;

/** Deliberate layering violation (canvas code using runtime-bridge); see LayeringRulesCatchViolationsTest. */
public final class CanvasUsesRuntime {

    Databases stores;
}
