package dev.rivulet.modules.text;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.Locale;

/**
 * Shared shape of Streamr's StringContains, StringStartsWith, StringEndsWith and StringEquals: a {@code search}
 * text, one text input, and an output that is 1 when the test holds and 0 when not (a number, as in Streamr, so it
 * can be summed or charted).
 *
 * <p>As in Streamr: nothing is sent while {@code search} is empty (every text "contains" the empty text, which
 * would only flood downstream with ones), and the {@code ignoreCase} option is on by default. Case is folded with
 * {@link Locale#ROOT} rather than the machine's language, so a canvas gives the same answer everywhere (Streamr used
 * the server's default locale, where Turkish rules turn "I" into a dotless "ı").
 */
abstract class TextSearch extends ModuleInstance {
    private final Parameter search;
    private final Input text;
    private final Output out;
    private boolean ignoreCase = true;

    TextSearch(String inputName, String outputName, String searchHelp, String outputHelp) {
        search = stringParam("search", "").help(searchHelp);
        text = stringInput(inputName).help("The text to test.");
        out = doubleOutput(outputName).help(outputHelp);
        option("ignoreCase", "boolean", true, "Treat upper and lower case letters as the same.");
    }

    /** The test itself, on texts already case-folded when ignoreCase is on. */
    abstract boolean test(String text, String search);

    @Override
    public void initialize() {
        ignoreCase = optionBoolean("ignoreCase");
    }

    @Override
    public void sendOutput() {
        String s = search.getString();
        if (s.isEmpty()) {
            return;
        }
        String t = TextForms.of(text);
        if (ignoreCase) {
            s = s.toLowerCase(Locale.ROOT);
            t = t.toLowerCase(Locale.ROOT);
        }
        out.send(test(t, s) ? 1.0 : 0.0);
    }
}
