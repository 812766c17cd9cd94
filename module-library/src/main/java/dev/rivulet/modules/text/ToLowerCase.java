package dev.rivulet.modules.text;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.util.Locale;

/**
 * Streamr's ToLowerCase. Uses language-neutral rules ({@link Locale#ROOT}) so the result does not depend on the
 * machine's language settings (Streamr used the server's locale).
 */
public final class ToLowerCase extends ModuleInstance {
    private final Input text = stringInput("text").help("The text to convert.");
    private final Output lower = stringOutput("lowerCaseText").help("The text in lower case letters.");

    @Override
    public void sendOutput() {
        lower.send(TextForms.of(text).toLowerCase(Locale.ROOT));
    }
}
