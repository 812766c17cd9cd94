package dev.rivulet.modules.text;

/** Streamr's StringStartsWith: 1 when the text begins with the search text, else 0. */
public final class StartsWith extends TextSearch {
    public StartsWith() {
        super("text", "startsWith?", "The beginning to look for. While empty, nothing is sent.",
            "1 when the text begins with the search text, 0 when not.");
    }

    @Override
    boolean test(String text, String search) {
        return text.startsWith(search);
    }
}
