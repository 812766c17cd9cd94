package dev.rivulet.document;

/**
 * A canvas file that cannot be read: malformed JSON (with line and column), a field of the wrong shape (with its JSON
 * path), an unsupported schema version, or a file that is not a canvas at all. The message always names the source.
 *
 * <p>Usage: {@code try { codec.read(path); } catch (CanvasFormatException e) { show(e.getMessage()); }}
 */
public final class CanvasFormatException extends Exception {
    private final String source;
    private final int line;
    private final int column;
    private final String jsonPath;

    private CanvasFormatException(String message, String source, int line, int column, String jsonPath,
                                  Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath;
    }

    /** Malformed JSON at a text position (1-based line and column). */
    public static CanvasFormatException syntax(String source, int line, int column, String detail, Throwable cause) {
        return new CanvasFormatException(source + ": malformed JSON at line " + line + ", column " + column + ": "
            + detail, source, line, column, null, cause);
    }

    /** Well-formed JSON with a field of the wrong shape, located by a path such as {@code $.modules[2].hash}. */
    public static CanvasFormatException structure(String source, String jsonPath, String detail) {
        return new CanvasFormatException(source + ": " + jsonPath + ": " + detail, source, -1, -1, jsonPath, null);
    }

    /** A problem with the file as a whole (unknown format, unsupported version, unreadable file). */
    public static CanvasFormatException file(String source, String detail, Throwable cause) {
        return new CanvasFormatException(source + ": " + detail, source, -1, -1, null, cause);
    }

    /** The file name or other description of where the canvas came from. */
    public String source() {
        return source;
    }

    /** 1-based line of a syntax error, or -1. */
    public int line() {
        return line;
    }

    /** 1-based column of a syntax error, or -1. */
    public int column() {
        return column;
    }

    /** JSON path of a structural error, or null. */
    public String jsonPath() {
        return jsonPath;
    }
}
