package dev.rivulet.modules.text;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/**
 * Streamr's StringLength: the number of characters in the text.
 *
 * <p>Counts characters as a reader sees them (Unicode code points): an emoji counts as one. Streamr counted Java's
 * UTF-16 units, which made "😀" two characters long; for ordinary text both counts are the same.
 */
public final class TextLength extends ModuleInstance {
    private final Input text = stringInput("text").help("The text to measure.");
    private final Output length = doubleOutput("length").help("How many characters the text has (0 when empty).");

    @Override
    public void sendOutput() {
        String t = TextForms.of(text);
        length.send((double) t.codePointCount(0, t.length()));
    }
}
