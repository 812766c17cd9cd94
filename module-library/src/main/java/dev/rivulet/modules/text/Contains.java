package dev.rivulet.modules.text;

/** Streamr's StringContains: 1 when the text contains the search text somewhere, else 0. */
public final class Contains extends TextSearch {
    public Contains() {
        super("string", "contains", "The text to look for. While empty, nothing is sent.",
            "1 when the text contains the search text, 0 when not.");
    }

    @Override
    boolean test(String text, String search) {
        return text.contains(search);
    }
}
