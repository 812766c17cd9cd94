package dev.rivulet.runtime.streams.mqtt;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.transport.MessageListener;
import dev.rivulet.runtime.streams.transport.Subscription;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stream subscription over MQTT: the MQTT client's network thread only queues (never waits on the listener); a
 * delivery thread of its own calls the listener. Beyond {@code capacity} waiting messages, new ones are dropped and
 * counted.
 */
final class MqttSubscription implements Subscription {
    private static final Logger LOG = LoggerFactory.getLogger(MqttSubscription.class);

    private final StreamId stream;
    private final Set<Integer> partitions;
    private final MessageListener listener;
    private final BlockingQueue<StreamMessage> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final Runnable onClose;
    private final Thread thread;
    private volatile long delivered;
    private volatile boolean open = true;

    MqttSubscription(StreamId stream, Set<Integer> partitions, MessageListener listener, int capacity,
                     Runnable onClose) {
        this.stream = stream;
        this.partitions = Set.copyOf(partitions);
        this.listener = listener;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.onClose = onClose;
        this.thread = new Thread(this::deliver, "rivulet-mqtt-sub-" + stream);
        thread.setDaemon(true);
        thread.start();
    }

    boolean wants(StreamId s, int partition) {
        return open && stream.equals(s) && (partitions.isEmpty() || partitions.contains(partition));
    }

    void offer(StreamMessage m) {
        if (!queue.offer(m)) {
            dropped.incrementAndGet();
        }
    }

    private void deliver() {
        long count = 0;
        while (open) {
            StreamMessage m;
            try {
                m = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (m == null) {
                continue;
            }
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
        return queue.size();
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            thread.interrupt();
            queue.clear();
            onClose.run();
        }
    }
}
