package dev.rivulet.runtime.streams;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One message of a stream, carrying Streamr's message id (stream, partition, timestamp, sequence number, publisher,
 * message chain) and its content, a JSON object kept in key order. Content values are null, Boolean, Number, String,
 * List or Map (nested the same way). Messages are ordered by (timestamp, sequence number) within a publisher's chain.
 *
 * <p>Usage: {@code new StreamMessage(id, 0, now, 0, "local", chain, Map.of("price", 1.5), null)}
 *
 * @param streamId    the stream
 * @param partition   the partition, 0 to partitions - 1
 * @param timestamp   epoch milliseconds given by the publisher
 * @param sequence    distinguishes messages of one chain with the same timestamp (0, 1, 2...)
 * @param publisherId who published it (an address once the wallet signs; a local name until then)
 * @param chainId     the publisher's message chain (one per publishing session)
 * @param content     the fields, in order (unmodifiable)
 * @param signature   the publisher's signature, or null while messages are unsigned
 */
public record StreamMessage(StreamId streamId, int partition, long timestamp, long sequence, String publisherId,
                            String chainId, Map<String, Object> content, Signature signature) {

    /**
     * A signature over the message id and content, as Streamr's SignatureType names them.
     *
     * @param type  e.g. "ECDSA_SECP256K1_EVM"
     * @param value the signature, hex
     */
    public record Signature(String type, String value) {
        public Signature {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }
    }

    public StreamMessage {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(content, "content");
        publisherId = publisherId == null ? "" : publisherId;
        chainId = chainId == null ? "" : chainId;
        if (partition < 0) {
            throw new IllegalArgumentException("partition must not be negative: " + partition);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence number must not be negative: " + sequence);
        }
        if (!(content instanceof UnmodifiableOrdered)) {
            content = ordered(content);
        }
    }

    /** Copies a content map, checking that every value is JSON-like, keeping key order. */
    public static Map<String, Object> ordered(Map<String, ?> content) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>(Math.max(4, content.size() * 2));
        for (Map.Entry<String, ?> e : content.entrySet()) {
            checkValue(e.getKey(), e.getValue());
            copy.put(e.getKey(), e.getValue());
        }
        return new UnmodifiableOrdered(copy);
    }

    private static void checkValue(String key, Object v) {
        if (key == null) {
            throw new IllegalArgumentException("content keys must not be null");
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return;
        }
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> checkValue(String.valueOf(k), x));
        } else if (v instanceof List<?> l) {
            l.forEach(x -> checkValue(key, x));
        } else {
            throw new IllegalArgumentException("content field \"" + key + "\" holds a " + v.getClass().getSimpleName()
                + "; use numbers, strings, booleans, lists or maps");
        }
    }

    /** Marks content already checked and copied, so decoding from storage does not copy twice. */
    static final class UnmodifiableOrdered extends java.util.AbstractMap<String, Object> {
        private final Map<String, Object> inner;

        UnmodifiableOrdered(LinkedHashMap<String, Object> inner) {
            this.inner = inner;
        }

        @Override
        public Object get(Object key) {
            return inner.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return inner.containsKey(key);
        }

        @Override
        public int size() {
            return inner.size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Collections.unmodifiableMap(inner).entrySet();
        }
    }
}
