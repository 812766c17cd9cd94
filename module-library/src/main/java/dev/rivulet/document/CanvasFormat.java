package dev.rivulet.document;

/** The two canvas file formats Rivulet reads and writes. */
public enum CanvasFormat {
    /** Rivulet's own format, with a top-level {@code schemaVersion}. */
    NATIVE,
    /** Streamr's canvas JSON (the REST object or a bare {@code {modules, settings}}). */
    STREAMR
}
