package dev.rivulet.modules.utils;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Pullable;

/**
 * Streamr's ConstantString: a piece of text that downstream inputs can always pull.
 *
 * <p>The parameter is driving (as for {@link Constant}) so that a live change of the text while the canvas runs
 * reaches the modules downstream at once; Streamr's ConstantString only pulled, which left a changed text invisible
 * until something else fired.
 */
public final class ConstantText extends ModuleInstance implements Pullable {
    private final Parameter str = stringParam("str", "STR").driving()
        .help("The text. Changing it while the canvas runs sends the new text downstream.");
    private final Output out = stringOutput("out").help("The constant text.");

    @Override
    public void sendOutput() {
        out.send(str.getString());
    }

    @Override
    public Object pull(Output output) {
        return str.getString();
    }
}
