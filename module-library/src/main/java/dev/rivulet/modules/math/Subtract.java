package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** A minus B. */
public final class Subtract extends ModuleInstance {
    private final Input a = doubleInput("A").help("The value to subtract from.");
    private final Input b = doubleInput("B").help("The value to subtract.");
    private final Output out = doubleOutput("A-B").help("The difference A minus B.");

    @Override
    public void sendOutput() {
        out.send(a.getDouble() - b.getDouble());
    }
}
