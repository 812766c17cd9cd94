package dev.rivulet.modules.logic;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** Chooses between two numbers by a condition. */
public final class IfThenElse extends ModuleInstance {
    private final Input condition = booleanInput("if").help("The condition (coerced to true/false).");
    private final Input then = doubleInput("then").help("Sent when the condition is true.");
    private final Input otherwise = doubleInput("else").help("Sent when the condition is false.");
    private final Output out = doubleOutput("out").help("\"then\" when the condition is true, otherwise \"else\".");

    @Override
    public void sendOutput() {
        out.send(condition.getBoolean() ? then.getDouble() : otherwise.getDouble());
    }
}
