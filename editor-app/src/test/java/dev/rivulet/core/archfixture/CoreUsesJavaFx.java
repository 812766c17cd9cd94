package dev.rivulet.core.archfixture;

import javafx.beans.property.SimpleStringProperty;

/** Deliberate layering violation (module-library code using JavaFX); see LayeringRulesCatchViolationsTest. */
public final class CoreUsesJavaFx {

    final SimpleStringProperty name = new SimpleStringProperty();
}
