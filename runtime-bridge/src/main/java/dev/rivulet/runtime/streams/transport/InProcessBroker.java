package dev.rivulet.runtime.streams.transport;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The embedded transport: publishers and subscribers in this process. Each subscription has a bounded queue drained
 * by its own delivery thread; when a subscriber falls {@code queueCapacity} messages behind, further messages for it are
 * dropped and counted ({@link Subscription#dropped()}), so a slow canvas never blocks publishers or other subscribers.
 * Messages of streams with storage on are also handed to the history recorder (which pushes back instead of dropping,
 * so stored history is complete).
 *
 * <p>Usage: {@code try (InProcessBroker b = new InProcessBroker(historyWriter::record, 65_536)) { b.publish(m); }}
 */
public final class InProcessBroker implements StreamTransport {
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final Consumer<StreamMessage> recorder;
    private final int queueCapacity;
    private final AtomicInteger threads = new AtomicInteger();
    private final Map<StreamId, List<QueuedSubscription>> subscriptions = new ConcurrentHashMap<>();
    private final List<ConnectionListener> connectionListeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /**
     * @param recorder      receives every published message for storage (decides itself which streams store), or
     *                      null for no storage
     * @param queueCapacity messages a subscription may have waiting before it drops
     */
    public InProcessBroker(Consumer<StreamMessage> recorder, int queueCapacity) {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queue capacity must be positive");
        }
        this.recorder = recorder;
        this.queueCapacity = queueCapacity;
    }

    @Override
    public String name() {
        return "in-process";
    }

    @Override
    public ConnectionState state() {
        return closed ? ConnectionState.CLOSED : ConnectionState.CONNECTED;
    }

    @Override
    public void addConnectionListener(ConnectionListener listener) {
        connectionListeners.add(listener);
        listener.stateChanged(state(), "");
    }

    @Override
    public void removeConnectionListener(ConnectionListener listener) {
        connectionListeners.remove(listener);
    }

    @Override
    public CompletableFuture<Void> publish(StreamMessage message) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the in-process broker is closed"));
        }
        if (recorder != null) {
            try {
                recorder.accept(message);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        List<QueuedSubscription> subs = subscriptions.get(message.streamId());
        if (subs != null) {
            for (QueuedSubscription s : subs) {
                s.offer(message);
            }
        }
        return DONE;
    }

    @Override
    public Subscription subscribe(StreamId stream, Set<Integer> partitions, MessageListener listener) {
        if (closed) {
            throw new IllegalStateException("the in-process broker is closed");
        }
        QueuedSubscription[] self = new QueuedSubscription[1];
        self[0] = new QueuedSubscription(stream, partitions, listener, queueCapacity,
            "rivulet-broker-" + threads.incrementAndGet() + "-" + stream, () -> {
                List<QueuedSubscription> subs = subscriptions.get(stream);
                if (subs != null) {
                    subs.remove(self[0]);
                }
            });
        subscriptions.computeIfAbsent(stream, k -> new CopyOnWriteArrayList<>()).add(self[0]);
        return self[0];
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        subscriptions.values().forEach(l -> l.forEach(QueuedSubscription::close));
        connectionListeners.forEach(l -> l.stateChanged(ConnectionState.CLOSED, ""));
    }
}
