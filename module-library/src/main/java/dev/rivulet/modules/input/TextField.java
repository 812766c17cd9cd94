package dev.rivulet.modules.input;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Pullable;
import dev.rivulet.core.UiEventTarget;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.ValueCodec;
import dev.rivulet.core.Values;
import dev.rivulet.document.ModuleNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;

/**
 * Streamr's TextFieldModule: a text box whose text is sent when the user submits it. The text is saved in the
 * module's document node ({@code textFieldValue}) and restored when the canvas is loaded.
 *
 * <p>Inputs connected to it have the saved text from the start (the module is {@link Pullable}), as Streamr handed a
 * non-empty saved text to its targets when the run began; an empty text is "no value yet".
 *
 * <p>Streamr's TextField emptied its text on "clear" while its widget kept showing it, so the engine and the screen
 * disagreed; here the text survives clear (canClearState false), like the Switcher's position.
 */
public final class TextField extends ModuleInstance implements UiEventTarget, Pullable {
    /** Document key and widget message type of the text. */
    public static final String STATE_KEY = "textFieldValue";

    private final Output out = stringOutput("out").help("The text, sent each time it is submitted in the widget.");
    private String value = "";

    public TextField() {
        option("uiResendLast", "int", 1, "Messages resent to a widget that attaches late (the latest text).");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        Object saved = node.extra(STATE_KEY);
        value = saved == null ? "" : Values.toText(saved);
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        publishState();
    }

    @Override
    public void sendOutput() {
        // no inputs: the field only acts on widget events
    }

    /** Expects {@code {value: text}}; numbers and booleans are taken as their text. */
    @Override
    public void onUiEvent(Map<String, Object> event) {
        Object v = event.get("value");
        if (v == null || v instanceof Map || v instanceof java.util.Collection) {
            throw new ModuleException(name() + ": a text field event needs a text value, got "
                + Values.describe(v));
        }
        value = Values.toText(v);
        out.send(value);
        publishState();
    }

    private void publishState() {
        context().publish(this, new UiMessage.Generic(now(), STATE_KEY, Map.of(STATE_KEY, value)));
    }

    /** The current text (to save back into the document as {@value #STATE_KEY}). */
    public String value() {
        return value;
    }

    @Override
    public Object pull(Output output) {
        return value.isEmpty() ? null : value;
    }

    @Override
    public boolean canClearState() {
        return false;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        ValueCodec.writeString(o, value);
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        value = ValueCodec.readString(in);
    }
}
