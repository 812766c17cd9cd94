package dev.rivulet.modules.text;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Values;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Streamr's ValueAsText: the text form of any value.
 *
 * <p>Streamr used Java's {@code toString}, which turned the number 3 into "3.0" because every number on a canvas is
 * a double. Analysts saw 3 everywhere else (tables, labels), so numbers are written the way the rest of Rivulet shows
 * them ({@link Values#format}): whole numbers without ".0", others in plain decimal notation, never exponents.
 * Lists and maps keep Streamr's (Java's) layout, {@code [1, 2]} and {@code {k=v}}, with numbers inside written the
 * same way. NaN and infinities read "NaN", "Infinity" and "-Infinity".
 */
public final class ValueAsText extends ModuleInstance {
    private final Input in = anyInput("in").help("Any value: number, text, true/false, list or map.");
    private final Output text = stringOutput("text").help("The value written as text.");
    private final StringBuilder buf = new StringBuilder();

    @Override
    public void sendOutput() {
        if (in.isDoubleValue()) {
            text.send(TextForms.of(in));
            return;
        }
        Object v = in.getValue();
        if (v instanceof List<?> || v instanceof Map<?, ?>) {
            buf.setLength(0);
            append(v);
            text.send(buf.toString());
        } else {
            text.send(TextForms.of(v));
        }
    }

    private void append(Object v) {
        if (v instanceof List<?> list) {
            buf.append('[');
            for (Iterator<?> it = list.iterator(); it.hasNext();) {
                append(it.next());
                if (it.hasNext()) {
                    buf.append(", ");
                }
            }
            buf.append(']');
        } else if (v instanceof Map<?, ?> map) {
            buf.append('{');
            for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext();) {
                Map.Entry<?, ?> e = it.next();
                append(e.getKey());
                buf.append('=');
                append(e.getValue());
                if (it.hasNext()) {
                    buf.append(", ");
                }
            }
            buf.append('}');
        } else if (v == null) {
            buf.append("null");
        } else {
            buf.append(TextForms.of(v));
        }
    }
}
