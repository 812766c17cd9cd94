package dev.rivulet.modules.text;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;

/**
 * Streamr's StringReplace: replaces every match of {@code search} (a regular expression, as in Streamr) with
 * {@code replaceWith}, where $1, $2... stand for the groups of the match.
 *
 * <p>Two deliberate differences from Streamr, which sent nothing unless both parameters were non-empty: an empty
 * {@code replaceWith} deletes the matches (the usual way to strip characters), and an empty {@code search} passes
 * the text through unchanged instead of silently blocking everything downstream.
 */
public final class Replace extends ModuleInstance {
    private final Parameter search = stringParam("search", "")
        .help("What to replace: a regular expression, so . * + ? ( ) [ ] need a backslash to be taken literally."
            + " Empty passes the text through unchanged.");
    private final Parameter replaceWith = stringParam("replaceWith", "")
        .help("The replacement; $1, $2... insert the groups of the match. Empty deletes the matches.");
    private final Input text = stringInput("text").help("The text to change.");
    private final Output out = stringOutput("out").help("The text with every match replaced.");
    private final Patterns compiled = new Patterns("search");

    @Override
    public void initialize() {
        if (!search.getString().isEmpty()) {
            compiled.get(search.getString(), false);
        }
    }

    @Override
    public void sendOutput() {
        String s = search.getString();
        String t = TextForms.of(text);
        if (s.isEmpty()) {
            out.send(t);
            return;
        }
        try {
            out.send(compiled.get(s, false).matcher(t).replaceAll(replaceWith.getString()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // "$9" without a ninth group, or a lone "$" or "\" at the end
            throw new ModuleException("replaceWith \"" + replaceWith.getString() + "\" is not a valid replacement: "
                + e.getMessage() + " (write \\$ for a literal dollar sign)");
        }
    }
}
