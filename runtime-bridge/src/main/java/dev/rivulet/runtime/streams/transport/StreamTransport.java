package dev.rivulet.runtime.streams.transport;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Moves stream messages between publishers and subscribers: the in-process broker ({@link InProcessBroker}, the
 * embedded default), and later an MQTT broker or a Streamr node. Implementations are thread-safe. Messages arrive
 * already identified (see {@link MessageChain}); a transport neither renumbers nor re-signs them.
 *
 * <p>Contract for implementers:
 * <ul>
 *   <li>{@link #publish} never blocks for long: it hands the message on and returns a future that completes when the
 *       transport has accepted it (for a network transport: sent, or failed with the reason).</li>
 *   <li>Listeners are called on the transport's threads, one message at a time per subscription, in publish order
 *       per publisher chain; a slow listener must not hold up publishers or other subscriptions (queue and drop,
 *       counting in {@link Subscription#dropped()}, or push back on the network).</li>
 *   <li>{@link #addConnectionListener} reports the current state at once and then every change.</li>
 *   <li>After {@link #close()}, publish fails and subscriptions deliver nothing more.</li>
 * </ul>
 *
 * <p>Usage: {@code try (Subscription s = transport.subscribe(id, Set.of(), m -> show(m))) {
 * transport.publish(chain.next(id, 0, now, content)); }}
 */
public interface StreamTransport extends AutoCloseable {
    /** A short name for logs and settings, e.g. "in-process", "mqtt://127.0.0.1:1883". */
    String name();

    /** The current connection state. */
    ConnectionState state();

    /** Registers a listener; it is called at once with the current state and then on each change. */
    void addConnectionListener(ConnectionListener listener);

    /** Forgets a listener added before (a run that ended); unknown listeners are ignored. */
    default void removeConnectionListener(ConnectionListener listener) {
    }

    /** Publishes one message; the future fails (never throws here) when the transport cannot take it. */
    CompletableFuture<Void> publish(StreamMessage message);

    /**
     * Subscribes to some partitions of a stream.
     *
     * @param partitions partitions to receive; empty means all
     */
    Subscription subscribe(StreamId stream, Set<Integer> partitions, MessageListener listener);

    @Override
    void close();
}
