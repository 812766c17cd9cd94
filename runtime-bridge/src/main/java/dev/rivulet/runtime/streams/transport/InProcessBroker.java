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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded transport: publishers and subscribers in this process. Each subscription has a bounded queue drained
 * by a pool thread; when a subscriber falls {@code queueCapacity} messages behind, further messages for it are
 * dropped and counted ({@link Subscription#dropped()}), so a slow canvas never blocks publishers or other subscribers.
 * Messages of streams with storage on are also handed to the history recorder (which pushes back instead of dropping,
 * so stored history is complete).
 *
 * <p>Usage: {@code try (InProcessBroker b = new InProcessBroker(historyWriter::record, 65_536)) { b.publish(m); }}
 */
public final class InProcessBroker implements StreamTransport {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessBroker.class);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    /** Messages a subscription delivers before giving its pool thread to others. */
    private static final int DRAIN_SLICE = 1024;

    private final Consumer<StreamMessage> recorder;
    private final int queueCapacity;
    private final ExecutorService pool;
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
        AtomicInteger n = new AtomicInteger();
        // cached: a listener that blocks holds only its own thread
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "rivulet-broker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
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
        pool.shutdown();
        connectionListeners.forEach(l -> l.stateChanged(ConnectionState.CLOSED, ""));
    }

    /** A subscription: its queue, counters and drain task. */
    private final class Sub implements Subscription, Runnable {
        private final StreamId stream;
        private final Set<Integer> partitions;
        private final MessageListener listener;
        private final ConcurrentLinkedQueue<StreamMessage> queue = new ConcurrentLinkedQueue<>();
        private final AtomicInteger queued = new AtomicInteger();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private final AtomicLong dropped = new AtomicLong();
        private volatile long delivered;
        private volatile boolean open = true;

        Sub(StreamId stream, Set<Integer> partitions, MessageListener listener) {
            this.stream = stream;
            this.partitions = partitions;
            this.listener = listener;
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
            if (scheduled.compareAndSet(false, true)) {
                try {
                    pool.execute(this);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    scheduled.set(false); // closed meanwhile
                }
            }
        }

        @Override
        public void run() {
            int n = 0;
            StreamMessage m;
            long count = delivered;
            while (open && n < DRAIN_SLICE && (m = queue.poll()) != null) {
                queued.decrementAndGet();
                try {
                    listener.onMessage(m);
                } catch (RuntimeException e) {
                    LOG.warn("subscriber of {} failed on a message: {}", stream, e.toString());
                }
                count++;
                n++;
            }
            delivered = count;
            scheduled.set(false);
            // a message offered after the last poll but before the flag cleared would wait forever: re-check
            if (open && !queue.isEmpty() && scheduled.compareAndSet(false, true)) {
                try {
                    pool.execute(this);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    scheduled.set(false);
                }
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
            List<Sub> subs = subscriptions.get(stream);
            if (subs != null) {
                subs.remove(this);
            }
            queue.clear();
            queued.set(0);
        }
    }
}
