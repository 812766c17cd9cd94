package dev.rivulet.modules.text;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/**
 * Streamr's StringToNumber: reads a number from text. Text that is not a number sends a message on {@code error}
 * instead (as in Streamr); the module itself keeps running, since bad rows in a stream are data, not a fault.
 *
 * <p>Accepts what Java's {@code Double.parseDouble} accepts, as Streamr did: surrounding spaces, a sign, decimals,
 * exponents (1.5e3), "NaN" and "Infinity". A decimal comma is not a number ("1,5" is an error).
 */
public final class StringToNumber extends ModuleInstance {
    private final Input in = stringInput("in").help("Text holding a number, e.g. \"42\", \" -1.5 \" or \"2e6\".");
    private final Output out = doubleOutput("out").help("The number read from the text.");
    private final Output error = stringOutput("error").help("A message saying which text was not a number.");

    @Override
    public void sendOutput() {
        if (in.isDoubleValue()) {
            // already a number (a numeric stream field wired to this text input)
            out.send(in.getDouble());
            return;
        }
        String s = TextForms.of(in);
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            error.send("Failed to parse: '" + s + "'");
            return;
        }
        out.send(v);
    }
}
