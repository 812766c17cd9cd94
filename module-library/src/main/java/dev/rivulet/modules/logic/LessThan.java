package dev.rivulet.modules.logic;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;

/** A &lt; B (or A &le; B with equality on). */
public final class LessThan extends ModuleInstance {
    private final Parameter equality = booleanParam("equality", false).help("Also true when A equals B.");
    private final Input a = doubleInput("A").help("Left operand.");
    private final Input b = doubleInput("B").help("Right operand.");
    private final Output out = booleanOutput("A<B").help("True when A is less than B.");

    @Override
    public void sendOutput() {
        double x = a.getDouble();
        double y = b.getDouble();
        out.send(equality.getBoolean() ? x <= y : x < y);
    }
}
