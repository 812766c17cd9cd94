package dev.rivulet.modules.visualization;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.UiMessage;

/**
 * Streamr's Label: shows the latest value that arrived. It keeps showing it through "clear" (canClearState false,
 * as in Streamr), since a label emptied by a reset tells the analyst nothing.
 */
public final class Label extends ModuleInstance {
    private final Input label = anyInput("label").lockDriving().help("The value to show.");

    @Override
    public void sendOutput() {
        context().publish(this, new UiMessage.LabelValue(now(), label.getValue()));
    }

    @Override
    public boolean canClearState() {
        return false;
    }
}
