package dev.rivulet.modules.text;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import java.util.Locale;

/**
 * Streamr's ToUpperCase. Uses language-neutral rules ({@link Locale#ROOT}) so the result does not depend on the
 * machine's language settings (Streamr used the server's locale).
 */
public final class ToUpperCase extends ModuleInstance {
    private final Input text = stringInput("text").help("The text to convert.");
    private final Output upper = stringOutput("upperCaseText").help("The text in capital letters.");

    @Override
    public void sendOutput() {
        upper.send(TextForms.of(text).toUpperCase(Locale.ROOT));
    }
}
