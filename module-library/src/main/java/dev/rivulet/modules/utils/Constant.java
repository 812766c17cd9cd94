package dev.rivulet.modules.utils;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Pullable;

/** A number that downstream inputs can always pull; a live change of the value propagates. */
public final class Constant extends ModuleInstance implements Pullable {
    private final Parameter constant = doubleParam("constant", 0).driving().help("The value.");
    private final Output out = doubleOutput("out").help("The constant value.");

    @Override
    public void sendOutput() {
        out.send(constant.getDouble());
    }

    @Override
    public Object pull(Output output) {
        return constant.getDouble();
    }
}
