package dev.rivulet.core;

/**
 * Iterates the messages of one stream in (timestamp, sequence) order for a replay. Implementations read files,
 * storage or memory; {@link #next()} may throw {@link RecordException} naming the place of bad input.
 */
public interface RecordCursor extends AutoCloseable {
    /** Moves to the next message; false at the end. */
    boolean next();

    long timestamp();

    long sequence();

    /** The current message's fields (valid until the next call to {@link #next()}). */
    StreamRecord record();

    @Override
    default void close() {
    }

    /** Bad input in a replayed source, with the place (file and line) in the message. */
    final class RecordException extends RuntimeException {
        public RecordException(String message) {
            super(message);
        }
    }
}
