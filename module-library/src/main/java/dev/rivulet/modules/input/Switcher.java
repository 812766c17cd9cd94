package dev.rivulet.modules.input;

import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Pullable;
import dev.rivulet.core.UiEventTarget;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.ModuleNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;

/**
 * Streamr's SwitcherModule: an on/off switch. Flipping it sends the new position; the position is saved in the
 * module's document node ({@code switcherValue}) and restored when the canvas is loaded.
 *
 * <p>Inputs connected to it have the position from the start (the module is {@link Pullable}), as Streamr handed the
 * saved position to its targets when the run began; so a Filter whose pass input is wired to a switch works before
 * the switch is first touched. The switch is never cleared (Streamr's canClearState false): a reset must not flip it
 * behind the user's back.
 */
public final class Switcher extends ModuleInstance implements UiEventTarget, Pullable {
    /** Document key and widget message type of the position. */
    public static final String STATE_KEY = "switcherValue";

    private final Output out = booleanOutput("out").repeatAlways()
        .help("The switch position, true for on, sent each time the switch is flipped.");
    private boolean value;

    public Switcher() {
        option("uiResendLast", "int", 1, "Messages resent to a widget that attaches late (the latest position).");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        Object saved = node.extra(STATE_KEY);
        value = saved instanceof Boolean b ? b : saved != null && Boolean.parseBoolean(String.valueOf(saved).trim());
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
        // no inputs: the switch only acts on widget events
    }

    /** Expects {@code {value: true|false}}; the texts "true" and "false" are accepted too. */
    @Override
    public void onUiEvent(Map<String, Object> event) {
        Object v = event.get("value");
        if (v instanceof Boolean b) {
            value = b;
        } else if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            value = Boolean.parseBoolean(s);
        } else {
            throw new ModuleException(name() + ": a switch event needs value true or false, got "
                + (v == null ? "no value" : "\"" + v + "\""));
        }
        out.send(value);
        publishState();
    }

    private void publishState() {
        context().publish(this, new UiMessage.Generic(now(), STATE_KEY, Map.of(STATE_KEY, value)));
    }

    /** The current position (to save back into the document as {@value #STATE_KEY}). */
    public boolean value() {
        return value;
    }

    @Override
    public Object pull(Output output) {
        return value;
    }

    @Override
    public boolean canClearState() {
        return false;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeBoolean(value);
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        value = in.readBoolean();
    }
}
