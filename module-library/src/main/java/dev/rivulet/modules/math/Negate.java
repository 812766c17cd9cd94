package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** Streamr's Negate: the input with its sign flipped. */
public final class Negate extends ModuleInstance {
    private final Input in = doubleInput("in").help("Any number.");
    private final Output out = doubleOutput("out").help("The input times -1.");

    @Override
    public void sendOutput() {
        // 0 - x rather than -x, so that negating 0 gives 0 and not -0 (which a table would show as "-0")
        out.send(0 - in.getDouble());
    }
}
