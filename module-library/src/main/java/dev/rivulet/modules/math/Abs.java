package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** The absolute value of the input. */
public final class Abs extends ModuleInstance {
    private final Input in = doubleInput("in").help("Any number.");
    private final Output out = doubleOutput("out").help("The input without its sign (never negative).");

    @Override
    public void sendOutput() {
        out.send(Math.abs(in.getDouble()));
    }
}
