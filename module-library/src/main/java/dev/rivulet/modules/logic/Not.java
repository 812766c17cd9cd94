package dev.rivulet.modules.logic;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** Logical negation. */
public final class Not extends ModuleInstance {
    private final Input in = booleanInput("in").help("A condition (numbers: 0 is false; text: \"\" and \"false\" are false).");
    private final Output out = booleanOutput("out").help("True when the input is false, and the other way round.");

    @Override
    public void sendOutput() {
        out.send(!in.getBoolean());
    }
}
