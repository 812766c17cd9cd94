package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.StreamMessage;

/**
 * One row of the live table: a received message, its content as JSON-like text.
 *
 * <p>Usage: {@code LiveRow.of(message)}
 */
public record LiveRow(long timestamp, int partition, long sequence, String publisher, String content) {
    public static LiveRow of(StreamMessage m) {
        return new LiveRow(m.timestamp(), m.partition(), m.sequence(), m.publisherId(), m.content().toString());
    }
}
