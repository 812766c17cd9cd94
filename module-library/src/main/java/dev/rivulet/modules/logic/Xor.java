package dev.rivulet.modules.logic;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/** Streamr's Xor: exclusive or of two booleans. */
public final class Xor extends ModuleInstance {
    private final Input a = booleanInput("A")
        .help("First condition (numbers: 0 is false; text: \"\" and \"false\" are false).");
    private final Input b = booleanInput("B").help("Second condition (coerced like A).");
    private final Output out = booleanOutput("out").help("True when exactly one of A and B is true.");

    @Override
    public void sendOutput() {
        out.send(a.getBoolean() ^ b.getBoolean());
    }
}
