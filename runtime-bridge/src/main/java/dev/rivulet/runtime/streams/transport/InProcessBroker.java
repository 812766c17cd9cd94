package dev.rivulet.runtime.streams.transport;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(InProcessBroker.class);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    /** Longest sleep of an idle delivery thread (it is woken at once when a message comes). */
    private static final long PARK_NANOS = 50_000_000L;

    private final Consumer<StreamMessage> recorder;
    private final int queueCapacity;
    private final AtomicInteger threads = new AtomicInteger();
    private final Map<StreamId, List<Sub>> subscriptions = new ConcurrentHashMap<>();
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
        List<Sub> subs = subscriptions.get(message.streamId());
        if (subs != null) {
            for (Sub s : subs) {
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
        Sub s = new Sub(stream, Set.copyOf(partitions), listener);
        subscriptions.computeIfAbsent(stream, k -> new CopyOnWriteArrayList<>()).add(s);
        return s;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        subscriptions.values().forEach(l -> l.forEach(Sub::close));
        connectionListeners.forEach(l -> l.stateChanged(ConnectionState.CLOSED, ""));
    }

    /**
     * A subscription: its queue, counters and delivery thread. A thread of its own keeps a blocked listener from
     * holding up anyone else and, unlike handing each burst to a pool, costs no thread hand-off per message.
     */
    private final class Sub implements Subscription {
        private final StreamId stream;
        private final Set<Integer> partitions;
        private final MessageListener listener;
        private final ConcurrentLinkedQueue<StreamMessage> queue = new ConcurrentLinkedQueue<>();
        private final AtomicInteger queued = new AtomicInteger();
        private final AtomicLong dropped = new AtomicLong();
        private final Thread thread;
        private volatile long delivered;
        private volatile boolean parked;
        private volatile boolean open = true;

        Sub(StreamId stream, Set<Integer> partitions, MessageListener listener) {
            this.stream = stream;
            this.partitions = partitions;
            this.listener = listener;
            thread = new Thread(this::deliver, "rivulet-broker-" + threads.incrementAndGet() + "-" + stream);
            thread.setDaemon(true);
            thread.start();
        }

        void offer(StreamMessage m) {
            if (!open || (!partitions.isEmpty() && !partitions.contains(m.partition()))) {
                return;
            }
            if (queued.incrementAndGet() > queueCapacity) {
                queued.decrementAndGet();
                dropped.incrementAndGet();
                return;
            }
            queue.offer(m);
            if (parked) {
                LockSupport.unpark(thread);
            }
        }

        private void deliver() {
            long count = 0;
            while (open) {
                StreamMessage m = queue.poll();
                if (m == null) {
                    // under steady load the next message is microseconds away: spin a little before parking
                    for (int i = 0; i < 200 && (m = queue.poll()) == null; i++) {
                        Thread.onSpinWait();
                    }
                    if (m == null) {
                        parked = true;
                        // re-check after announcing: an offer in between either is seen here or unparks us
                        m = queue.poll();
                        if (m == null) {
                            LockSupport.parkNanos(this, PARK_NANOS);
                        }
                        parked = false;
                        if (m == null) {
                            continue;
                        }
                    }
                }
                queued.decrementAndGet();
                try {
                    listener.onMessage(m);
                } catch (RuntimeException e) {
                    LOG.warn("subscriber of {} failed on a message: {}", stream, e.toString());
                }
                delivered = ++count;
            }
        }

        @Override
        public StreamId stream() {
            return stream;
        }

        @Override
        public Set<Integer> partitions() {
            return partitions;
        }

        @Override
        public long delivered() {
            return delivered;
        }

        @Override
        public long dropped() {
            return dropped.get();
        }

        @Override
        public int queued() {
            return queued.get();
        }

        @Override
        public void close() {
            open = false;
            LockSupport.unpark(thread);
            List<Sub> subs = subscriptions.get(stream);
            if (subs != null) {
                subs.remove(this);
            }
            queue.clear();
            queued.set(0);
        }
    }
}
