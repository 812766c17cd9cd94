package dev.rivulet.modules.utils;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.VariadicGroup;
import dev.rivulet.document.ModuleNode;
import java.util.List;

/**
 * Streamr's VariadicFilter: passes each input to its linked output only while "pass" is true. When it passes, it
 * sends the current value of every connected input (Streamr's behaviour), so the outputs stay aligned.
 */
public final class Filter extends ModuleInstance {
    private final Input pass = booleanInput("pass").notDriving().lockDriving()
        .help("Values pass while this is true (any value is coerced to a boolean).");
    private final VariadicGroup ins = linkedVariadic("in", "out", 1);
    private Input[] inArray;
    private Output[] outArray;

    @Override
    protected void onConfiguration(ModuleNode node) {
        for (Input in : ins.inputs()) {
            in.help("A value to pass to the output with the same number while pass is true.");
        }
        for (Output o : ins.linked().outputs()) {
            o.help("The value of the input with the same number, sent only while pass is true.");
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        List<Input> i = ins.inputs();
        List<Output> o = ins.linked().outputs();
        inArray = i.toArray(new Input[0]);
        outArray = o.toArray(new Output[0]);
    }

    @Override
    public void sendOutput() {
        if (!pass.getBoolean()) {
            return;
        }
        for (int i = 0; i < inArray.length; i++) {
            Input in = inArray[i];
            if (in.isConnected() && in.hasValue()) {
                outArray[i].sendFrom(in);
            }
        }
    }
}
