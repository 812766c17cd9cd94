package dev.rivulet.modules.input;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.UiEventTarget;
import dev.rivulet.core.UiMessage;
import java.util.Map;

/**
 * Streamr's ButtonModule: each press of the widget sends buttonValue. The label on the button is the buttonName
 * parameter, which drives the module (as in Streamr) so that a text connected to it, or a live change, relabels the
 * button at once: the module then publishes {@code {buttonName}} to its widget and sends nothing downstream.
 *
 * <p>The label is also published when the run starts, so that a widget showing the run has it before the name first
 * changes (Streamr only sent it on change and answered a separate "getState" request instead).
 */
public final class Button extends ModuleInstance implements UiEventTarget {
    /** Widget message type (and body key) carrying the label. */
    public static final String NAME_MESSAGE = "buttonName";

    private final Parameter buttonName = stringParam("buttonName", "button").driving()
        .help("The label shown on the button. A value arriving here relabels the button; nothing is sent.");
    private final Parameter buttonValue = doubleParam("buttonValue", 0)
        .help("The number sent each time the button is pressed.");
    private final Output out = doubleOutput("out").repeatAlways()
        .help("buttonValue, once per press (repeated presses send the same number again).");
    private String publishedName;

    public Button() {
        option("uiResendLast", "int", 1, "Messages resent to a widget that attaches late (the latest label).");
    }

    @Override
    public void initialize() {
        publishName();
    }

    /**
     * Runs when buttonName receives a value: relabels the widget. The label is compared with the last one published
     * rather than asking whether buttonName fired, because a live parameter change activates the module without
     * marking the parameter as fired.
     */
    @Override
    public void sendOutput() {
        if (!currentName().equals(publishedName)) {
            publishName();
        }
    }

    @Override
    public void onUiEvent(Map<String, Object> event) {
        out.send(buttonValue.getDouble());
    }

    private void publishName() {
        publishedName = currentName();
        context().publish(this, new UiMessage.Generic(now(), NAME_MESSAGE, Map.of(NAME_MESSAGE, publishedName)));
    }

    /** The label; the default while a connected source has no value yet (e.g. an empty TextField). */
    private String currentName() {
        return buttonName.hasValue() ? buttonName.getString() : String.valueOf(buttonName.defaultValue());
    }

    /** A button has no state to clear; Streamr's canClearState is false. */
    @Override
    public boolean canClearState() {
        return false;
    }
}
