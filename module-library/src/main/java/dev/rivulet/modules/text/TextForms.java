package dev.rivulet.modules.text;

import dev.rivulet.core.Input;
import dev.rivulet.core.Values;

/** How the text modules write an input's value as text. */
final class TextForms {
    private TextForms() {
    }

    /**
     * The input's text form ({@link Input#getString()}), except that NaN and infinities read "NaN", "Infinity" and
     * "-Infinity": the core's number formatter cannot write them (reported), and a Divide by zero upstream must not
     * fail a text module.
     */
    static String of(Input in) {
        if (in.isDoubleValue()) {
            double d = in.getDouble();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Double.toString(d);
            }
        }
        return in.getString();
    }

    static String of(Object v) {
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d.toString();
        }
        return Values.toText(v);
    }
}
