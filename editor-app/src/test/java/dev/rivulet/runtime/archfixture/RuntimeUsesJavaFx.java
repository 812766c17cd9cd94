package dev.rivulet.runtime.archfixture;

import javafx.application.Platform;

/** Deliberate layering violation (runtime-bridge code using JavaFX); see LayeringRulesCatchViolationsTest. */
public final class RuntimeUsesJavaFx {

    void publish(Runnable update) {
        Platform.runLater(update);
    }
}
