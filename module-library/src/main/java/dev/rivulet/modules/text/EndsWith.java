package dev.rivulet.modules.text;

/** Streamr's StringEndsWith: 1 when the text ends with the search text, else 0. */
public final class EndsWith extends TextSearch {
    public EndsWith() {
        super("text", "endsWith?", "The ending to look for. While empty, nothing is sent.",
            "1 when the text ends with the search text, 0 when not.");
    }

    @Override
    boolean test(String text, String search) {
        return text.endsWith(search);
    }
}
