package dev.rivulet.modules.text;

/** Streamr's StringEquals: 1 when the text is exactly the search text, else 0. */
public final class TextEquals extends TextSearch {
    public TextEquals() {
        super("text", "equals?", "The text to compare with. While empty, nothing is sent.",
            "1 when the text equals the search text, 0 when not.");
    }

    @Override
    boolean test(String text, String search) {
        return text.equals(search);
    }
}
