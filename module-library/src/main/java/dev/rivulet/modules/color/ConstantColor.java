package dev.rivulet.modules.color;

import dev.rivulet.core.DataType;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Pullable;

/**
 * Streamr's ColorConstant: a color that downstream inputs can always pull (as {@link Rgba} text). The value is
 * driving, as for the other constants, so a live change reaches the modules downstream at once. A value that is not
 * a color fails the module when the canvas starts.
 */
public final class ConstantColor extends ModuleInstance implements Pullable {
    static final String BLACK = "rgba(0, 0, 0, 1.0)";

    private final Parameter value = param("value", DataType.COLOR, BLACK).driving()
        .help("The color: rgba(red, green, blue, alpha) with red, green, blue from 0 to 255 and alpha (opacity)"
            + " from 0 to 1, or #rrggbb.");
    private final Output color = anyOutput("color").help("The color, written rgba(r, g, b, a).");

    @Override
    public void initialize() {
        Rgba.parse(value.getString(), "value");
    }

    @Override
    public void sendOutput() {
        color.send(Rgba.parse(value.getString(), "value").text());
    }

    /** Never throws (pulled before initialize): an invalid value is handed on as written and reported by initialize. */
    @Override
    public Object pull(Output output) {
        try {
            return Rgba.parse(value.getString(), "value").text();
        } catch (RuntimeException e) {
            return value.getString();
        }
    }
}
