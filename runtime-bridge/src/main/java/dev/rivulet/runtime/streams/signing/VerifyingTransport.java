package dev.rivulet.runtime.streams.signing;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.transport.ConnectionListener;
import dev.rivulet.runtime.streams.transport.ConnectionState;
import dev.rivulet.runtime.streams.transport.MessageListener;
import dev.rivulet.runtime.streams.transport.StreamTransport;
import dev.rivulet.runtime.streams.transport.Subscription;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A transport whose subscribers receive only messages that pass {@link StreamSignatures#verify}: verified and unsigned
 * ones are delivered (unsigned counted as such), rejected ones are counted per stream with their reason
 * ({@link #counts}), logged, and handed to the subscriber's {@link VerifiedListener} if it has one, never delivered
 * as data. Verification runs on the subscription's delivery thread, so it costs publishers nothing.
 *
 * <p>Usage: {@code var t = new VerifyingTransport(mqtt); t.subscribe(id, Set.of(), m -> use(m)); t.counts(id).rejected()}
 */
public final class VerifyingTransport implements StreamTransport {
    private static final Logger LOG = LoggerFactory.getLogger(VerifyingTransport.class);

    /** Receives every message with its verdict (rejected ones included). */
    @FunctionalInterface
    public interface VerifiedListener {
        void onMessage(StreamMessage message, Verdict verdict);
    }

    private final StreamTransport inner;
    private final Map<StreamId, SignatureCounts> counts = new ConcurrentHashMap<>();

    public VerifyingTransport(StreamTransport inner) {
        this.inner = inner;
    }

    /** The wrapped transport (its own counters, e.g. an MQTT offline queue). */
    public StreamTransport inner() {
        return inner;
    }

    /** The tallies of a stream's received messages on this transport. */
    public SignatureCounts counts(StreamId stream) {
        return counts.computeIfAbsent(stream, k -> new SignatureCounts());
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public ConnectionState state() {
        return inner.state();
    }

    @Override
    public void addConnectionListener(ConnectionListener listener) {
        inner.addConnectionListener(listener);
    }

    @Override
    public void removeConnectionListener(ConnectionListener listener) {
        inner.removeConnectionListener(listener);
    }

    @Override
    public CompletableFuture<Void> publish(StreamMessage message) {
        return inner.publish(message);
    }

    /** Delivers verified and unsigned messages; rejected ones are counted and logged only. */
    @Override
    public Subscription subscribe(StreamId stream, Set<Integer> partitions, MessageListener listener) {
        return subscribeVerified(stream, partitions, (m, v) -> {
            if (!(v instanceof Verdict.Rejected)) {
                listener.onMessage(m);
            }
        });
    }

    /** Delivers every message with its verdict; the listener decides what to show of rejected ones. */
    public Subscription subscribeVerified(StreamId stream, Set<Integer> partitions, VerifiedListener listener) {
        SignatureCounts c = counts(stream);
        return inner.subscribe(stream, partitions, m -> {
            Verdict v = StreamSignatures.verify(m);
            c.count(v);
            if (v instanceof Verdict.Rejected r && Long.bitCount(c.rejected()) == 1) {
                // 1st, 2nd, 4th, 8th... rejection: visible in the log without flooding it
                LOG.warn("rejected a message of {} from {} on {}: {} ({} rejected so far)", stream,
                    m.publisherId(), inner.name(), r.reason(), c.rejected());
            }
            listener.onMessage(m, v);
        });
    }

    /** Closes the wrapped transport. */
    @Override
    public void close() {
        inner.close();
    }
}
