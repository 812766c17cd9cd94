package dev.rivulet.modules.math;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.VariadicGroup;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.util.ArrayList;
import java.util.List;

/** Streamr's Add (VariadicAddMulti): the sum of every connected input; the spare unconnected input is ignored. */
public final class Add extends ModuleInstance {
    private final VariadicGroup terms = variadicInputs("in", DataType.DOUBLE, 2);
    private final Output sum = doubleOutput("sum").help("The sum of the values at the connected inputs.");
    private Input[] connected = new Input[0];

    @Override
    protected void onConfiguration(ModuleNode node) {
        // Streamr saves in1 and in2 as fixed inputs and only in3.. as variadic ones; adopt those fixed inputs
        // into the group so that imported canvases keep their connections.
        for (PortNode pn : node.inputs) {
            if (pn.variadic == null && pn.name != null && pn.name.matches("in\\d+") && input(pn.name) == null) {
                growVariadic(terms, pn.name, pn.displayName != null ? pn.displayName : pn.name);
            }
        }
        for (Input in : terms.inputs()) {
            in.help("A value to add. Connect more inputs and a new one appears; unconnected inputs are ignored.");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        List<Input> list = new ArrayList<>();
        for (Input in : terms.inputs()) {
            if (in.isConnected()) {
                list.add(in);
            }
        }
        connected = list.toArray(new Input[0]);
    }

    @Override
    public void sendOutput() {
        double s = 0;
        for (Input in : connected) {
            s += in.getDouble();
        }
        sum.send(s);
    }
}
