package dev.rivulet.runtime.streams.transport;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A subscription with its own bounded queue and delivery thread, shared by the transports (in-process broker, MQTT):
 * the transport's thread only queues, so a slow or stuck listener never holds up publishers or other subscriptions;
 * beyond the capacity new messages are dropped and counted. A thread of its own, unlike handing each burst to a pool,
 * costs no thread hand-off per message.
 *
 * <p>Usage: {@code new QueuedSubscription(id, Set.of(), listener, 65_536, "rivulet-sub-1", () -> forget(it))}
 */
public final class QueuedSubscription implements Subscription {
    private static final Logger LOG = LoggerFactory.getLogger(QueuedSubscription.class);
    /** Longest sleep of an idle delivery thread (it is woken at once when a message comes). */
    private static final long PARK_NANOS = 50_000_000L;

    private final StreamId stream;
    private final Set<Integer> partitions;
    private final MessageListener listener;
    private final int queueCapacity;
    private final Runnable onClose;
    private final ConcurrentLinkedQueue<StreamMessage> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;
    private volatile long delivered;
    private volatile boolean parked;
    private volatile boolean open = true;

    /**
     * @param capacity messages that may wait before new ones are dropped (and counted)
     * @param onClose  run once when the subscription is closed (the transport forgets it)
     */
    public QueuedSubscription(StreamId stream, Set<Integer> partitions, MessageListener listener, int capacity,
                              String threadName, Runnable onClose) {
        this.stream = stream;
        this.partitions = Set.copyOf(partitions);
        this.listener = listener;
        this.queueCapacity = capacity;
        this.onClose = onClose;
        thread = new Thread(this::deliver, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a message of this stream if its partition is subscribed; never blocks. */
    public void offer(StreamMessage m) {
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
        if (!open) {
            return;
        }
        open = false;
        LockSupport.unpark(thread);
        queue.clear();
        queued.set(0);
        onClose.run();
    }
}
