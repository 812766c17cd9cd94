package dev.rivulet.modules.math;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** A times B. */
public final class Multiply extends ModuleInstance {
    private final Input a = doubleInput("A").help("The first value to multiply.");
    private final Input b = doubleInput("B").help("The second value to multiply.");
    private final Output out = doubleOutput("A*B").help("The product A times B.");

    @Override
    public void sendOutput() {
        out.send(a.getDouble() * b.getDouble());
    }
}
