package dev.rivulet.runtime.streams.transport;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a publisher's messages their ids as Streamr does: one chain id per publishing session, and per
 * (stream, partition) a sequence number that counts messages with the same timestamp (0, 1, 2...). A timestamp
 * earlier than the chain's last one is raised to it (with the next sequence number), because a chain must be strictly
 * increasing in (timestamp, sequence). Thread-safe.
 *
 * <p>Usage: {@code MessageChain chain = new MessageChain("local", MessageChain.randomId());
 * transport.publish(chain.next(id, 0, clock.millis(), content));}
 */
public final class MessageChain {
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private final String publisherId;
    private final String chainId;
    private final Map<Part, long[]> last = new HashMap<>();

    private record Part(StreamId stream, int partition) {
    }

    public MessageChain(String publisherId, String chainId) {
        this.publisherId = publisherId;
        this.chainId = chainId;
    }

    /** A random 20-character chain id, like Streamr's. */
    public static String randomId() {
        SecureRandom r = new SecureRandom();
        char[] c = new char[20];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[r.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    public String publisherId() {
        return publisherId;
    }

    public String chainId() {
        return chainId;
    }

    /** The next message of this chain on {@code stream}'s {@code partition}. */
    public StreamMessage next(StreamId stream, int partition, long timestamp, Map<String, ?> content) {
        Map<String, Object> checked = StreamMessage.ordered(content);
        long ts;
        long seq;
        synchronized (last) {
            long[] prev = last.computeIfAbsent(new Part(stream, partition), k -> new long[] {Long.MIN_VALUE, -1});
            if (timestamp > prev[0]) {
                ts = timestamp;
                seq = 0;
            } else {
                ts = prev[0];
                seq = prev[1] + 1;
            }
            prev[0] = ts;
            prev[1] = seq;
        }
        return new StreamMessage(stream, partition, ts, seq, publisherId, chainId, checked, null);
    }
}
