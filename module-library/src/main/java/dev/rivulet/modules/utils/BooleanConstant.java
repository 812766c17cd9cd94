package dev.rivulet.modules.utils;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Pullable;

/**
 * A true/false value that downstream inputs can always pull; a live change propagates (the parameter is driving,
 * as for {@link Constant}).
 */
public final class BooleanConstant extends ModuleInstance implements Pullable {
    private final Parameter val = booleanParam("val", true).driving()
        .help("The value, true or false. Changing it while the canvas runs sends the new value downstream.");
    private final Output out = booleanOutput("out").help("The constant true/false value.");

    @Override
    public void sendOutput() {
        out.send(val.getBoolean());
    }

    @Override
    public Object pull(Output output) {
        return val.getBoolean();
    }
}
