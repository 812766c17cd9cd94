package dev.rivulet.modules.text;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;

/**
 * Streamr's StringTrim: the text without leading and trailing white space.
 *
 * <p>Uses {@link String#strip()}, which also removes Unicode spaces such as the ideographic space; Streamr's
 * {@code trim()} removed only ASCII control characters and spaces. Both remove tabs and line breaks.
 */
public final class Trim extends ModuleInstance {
    private final Input text = stringInput("text").help("The text to clean up.");
    private final Output trimmed = stringOutput("trimmedText")
        .help("The text without spaces, tabs or line breaks at either end.");

    @Override
    public void sendOutput() {
        trimmed.send(TextForms.of(text).strip());
    }
}
