package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** The larger of A and B. */
public final class Max extends ModuleInstance {
    private final Input a = doubleInput("A").help("The first value.");
    private final Input b = doubleInput("B").help("The second value.");
    private final Output out = doubleOutput("out").help("The larger of A and B (NaN if either is NaN).");

    @Override
    public void sendOutput() {
        out.send(Math.max(a.getDouble(), b.getDouble()));
    }
}
