package dev.rivulet.modules.utils;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.VariadicGroup;
import dev.rivulet.document.ModuleNode;

/**
 * Streamr's VariadicPassThrough: each input in_i is copied to its linked output out_i. Useful to tidy up wiring and
 * as an exported junction in sub-canvases.
 *
 * <p>As in Streamr, every activation sends the current value of every connected input, not just the ones that fired,
 * so the outputs always move together.
 */
public final class PassThrough extends ModuleInstance {
    private final VariadicGroup ins = linkedVariadic("in", "out", 1);
    private Input[] inArray = new Input[0];
    private Output[] outArray = new Output[0];

    @Override
    protected void onConfiguration(ModuleNode node) {
        for (Input in : ins.inputs()) {
            in.help("A value to pass to the output with the same number.");
        }
        for (Output o : ins.linked().outputs()) {
            o.help("The value of the input with the same number.");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        inArray = ins.inputs().toArray(new Input[0]);
        outArray = ins.linked().outputs().toArray(new Output[0]);
    }

    @Override
    public void sendOutput() {
        for (int i = 0; i < inArray.length; i++) {
            Input in = inArray[i];
            if (in.isConnected() && in.hasValue()) {
                outArray[i].sendFrom(in);
            }
        }
    }
}
