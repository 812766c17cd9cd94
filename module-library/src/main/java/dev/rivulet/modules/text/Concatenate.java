package dev.rivulet.modules.text;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.VariadicGroup;
import dev.rivulet.document.ModuleNode;
import java.util.List;

/**
 * Streamr's StringConcatenate: in1, in2 and any further connected inputs joined in order, with no separator.
 *
 * <p>Streamr numbered the extra inputs in3, in4... The core numbers a variadic group's ports from 1 and grows it by
 * that count, so the extra ports are named extra1, extra2... (Streamr documents call them endpoint-&lt;uuid&gt;
 * anyway) and shown as in3, in4... Unconnected extra inputs are skipped.
 */
public final class Concatenate extends ModuleInstance {
    private final Input in1 = stringInput("in1").help("The first piece of text.");
    private final Input in2 = stringInput("in2").help("The second piece of text, appended to the first.");
    private final VariadicGroup more = variadicInputs("extra", DataType.STRING, 1);
    private final Output out = stringOutput("out").help("The pieces joined in order, without separators.");
    private final StringBuilder buf = new StringBuilder();
    private Input[] extra = new Input[0];

    @Override
    protected void onConfiguration(ModuleNode node) {
        List<Input> list = more.inputs();
        for (int i = 0; i < list.size(); i++) {
            Input in = list.get(i);
            if (in.displayName().equals(in.name())) {
                in.displayName("in" + (i + 3));
            }
            in.help("More text, appended after the inputs above it. Leave unconnected to skip.");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        extra = more.inputs().stream().filter(Input::isConnected).toArray(Input[]::new);
    }

    @Override
    public void sendOutput() {
        buf.setLength(0);
        buf.append(TextForms.of(in1)).append(TextForms.of(in2));
        for (Input in : extra) {
            if (in.hasValue()) {
                buf.append(TextForms.of(in));
            }
        }
        out.send(buf.toString());
    }
}
