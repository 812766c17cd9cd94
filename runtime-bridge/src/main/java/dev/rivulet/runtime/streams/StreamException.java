package dev.rivulet.runtime.streams;

/** A stream operation that cannot be done (unknown or duplicate stream, bad content, storage failure), with why. */
public class StreamException extends RuntimeException {
    public StreamException(String message) {
        super(message);
    }

    public StreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
