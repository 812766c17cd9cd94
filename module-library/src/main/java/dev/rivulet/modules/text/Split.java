package dev.rivulet.modules.text;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Streamr's StringSplit: cuts the text at every match of {@code separator}, a regular expression as in Streamr
 * (Java's {@code String.split}): an empty separator gives one item per character, and empty pieces at the end are
 * dropped ("a,b,," gives [a, b]).
 */
public final class Split extends ModuleInstance {
    private final Parameter separator = stringParam("separator", "")
        .help("Where to cut: a regular expression, e.g. , or \\s+ for any run of spaces. Empty cuts between every"
            + " character.");
    private final Input text = stringInput("text").help("The text to cut into pieces.");
    private final Output list = output("list", DataType.LIST).help("The pieces, in order.");
    private final Patterns compiled = new Patterns("separator");

    @Override
    public void initialize() {
        compiled.get(separator.getString(), false);
    }

    @Override
    public void sendOutput() {
        String[] parts = compiled.get(separator.getString(), false).split(TextForms.of(text));
        List<Object> items = Arrays.asList((Object[]) parts);
        list.send(Collections.unmodifiableList(items));
    }
}
