package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.signing.Verdict;

/**
 * One row of the live table: a received message, its content as JSON-like text, and what its signature check found
 * ("verified", "unsigned" or "REJECTED: why"; rejected messages are shown here but never reach canvases).
 *
 * <p>Usage: {@code LiveRow.of(message, verdict)}
 */
public record LiveRow(long timestamp, int partition, long sequence, String publisher, String content,
                      String signature) {
    public static LiveRow of(StreamMessage m, Verdict v) {
        String sig = v instanceof Verdict.Verified ? "verified"
            : v instanceof Verdict.Rejected r ? "REJECTED: " + r.reason() : "unsigned";
        return new LiveRow(m.timestamp(), m.partition(), m.sequence(), m.publisherId(), m.content().toString(), sig);
    }
}
