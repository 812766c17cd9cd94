package dev.rivulet.modules.text;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Streamr's StringRegex: finds the matches of a regular expression (Java syntax) in the text.
 *
 * <p>As in Streamr: {@code match?} is 1 when the pattern occurs anywhere in the text (not only when it matches the
 * whole text), nothing is sent while the pattern is empty, and the {@code ignoreCase} option is off by default.
 * The match list is built only when its output is connected. An invalid pattern fails the module with the reason.
 */
public final class Regex extends ModuleInstance {
    private final Parameter pattern = stringParam("pattern", "")
        .help("A regular expression, e.g. [0-9]+ for runs of digits. While empty, nothing is sent.");
    private final Input text = stringInput("text").help("The text to search.");
    private final Output match = doubleOutput("match?").help("1 when the pattern occurs in the text, 0 when not.");
    private final Output matchCount = doubleOutput("matchCount").help("How many times the pattern occurs.");
    private final Output matchList = output("matchList", DataType.LIST)
        .help("The matching pieces of text, in order.");
    private final Patterns compiled = new Patterns("pattern");
    private boolean ignoreCase;

    {
        option("ignoreCase", "boolean", false, "Treat upper and lower case letters as the same.");
    }

    @Override
    public void initialize() {
        ignoreCase = optionBoolean("ignoreCase");
        if (!pattern.getString().isEmpty()) {
            compiled.get(pattern.getString(), ignoreCase);
        }
    }

    @Override
    public void sendOutput() {
        String p = pattern.getString();
        if (p.isEmpty()) {
            return;
        }
        Matcher m = compiled.get(p, ignoreCase).matcher(TextForms.of(text));
        boolean wantList = matchList.isConnected();
        boolean wantCount = wantList || matchCount.isConnected();
        List<Object> found = wantList ? new ArrayList<>() : null;
        int count = 0;
        while (m.find()) {
            count++;
            if (wantList) {
                found.add(m.group());
            }
            if (!wantCount) {
                break;
            }
        }
        match.send(count > 0 ? 1.0 : 0.0);
        if (wantCount) {
            matchCount.send((double) count);
        }
        if (wantList) {
            matchList.send(Collections.unmodifiableList(found));
        }
    }
}
