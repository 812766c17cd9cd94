package dev.rivulet.modules.logic;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** Streamr's BooleanToNumber: 1 for true, 0 for false, so conditions can be added up, averaged or charted. */
public final class BooleanToNumber extends ModuleInstance {
    private final Input in = booleanInput("in")
        .help("A condition (numbers: 0 is false; text: \"\" and \"false\" are false).");
    private final Output out = doubleOutput("out").help("1 when the input is true, 0 when it is false.");

    @Override
    public void sendOutput() {
        out.send(in.getBoolean() ? 1 : 0);
    }
}
