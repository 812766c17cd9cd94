package dev.rivulet.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * The canvas files' pretty printer: {@code "key": value}, two spaces per level, "\n" line ends, empty objects and arrays
 * as {@code {}} and {@code []}. Prints exactly what a {@link DefaultPrettyPrinter} configured that way prints, but
 * hands the generator pre-encoded line breaks and separators ({@code writeRaw(SerializableString)} is a byte copy),
 * where Jackson's default indenter and separators go through {@code writeRaw(String)} and {@code writeRaw(char[])},
 * which re-encode every space: about half the time of saving a large canvas went there.
 *
 * <p>Usage: {@code mapper.writer(new CanvasPrettyPrinter())}.
 */
final class CanvasPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private static final SerializableString FIELD_VALUE_SEPARATOR = new SerializedString(": ");

    CanvasPrettyPrinter() {
        super(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
        indentArraysWith(LineIndenter.INSTANCE);
        indentObjectsWith(LineIndenter.INSTANCE);
    }

    private CanvasPrettyPrinter(CanvasPrettyPrinter base) {
        super(base);
    }

    /** Each generator gets its own copy: the printer counts the nesting level. */
    @Override
    public DefaultPrettyPrinter createInstance() {
        return new CanvasPrettyPrinter(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(FIELD_VALUE_SEPARATOR);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        _objectIndenter.writeIndentation(g, _nesting);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        _arrayIndenter.writeIndentation(g, _nesting);
    }

    /** "\n" and two spaces per level, each level's text encoded once. */
    static final class LineIndenter implements Indenter {
        static final LineIndenter INSTANCE = new LineIndenter();
        private static final int CACHED_LEVELS = 64;
        private static final SerializableString[] LEVELS = new SerializableString[CACHED_LEVELS];

        static {
            for (int i = 0; i < CACHED_LEVELS; i++) {
                LEVELS[i] = new SerializedString(line(i));
            }
        }

        private LineIndenter() {
        }

        private static String line(int level) {
            return "\n" + "  ".repeat(level);
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            // deeper than any canvas nests in practice; still printed right, just without the cache
            g.writeRaw(level < CACHED_LEVELS ? LEVELS[level] : new SerializedString(line(level)));
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
