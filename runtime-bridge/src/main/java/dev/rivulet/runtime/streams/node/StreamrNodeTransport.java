package dev.rivulet.runtime.streams.node;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.transport.ConnectionListener;
import dev.rivulet.runtime.streams.transport.ConnectionState;
import dev.rivulet.runtime.streams.transport.MessageListener;
import dev.rivulet.runtime.streams.transport.StreamTransport;
import dev.rivulet.runtime.streams.transport.Subscription;
import dev.rivulet.runtime.transport.streamr.NodeMessage;
import dev.rivulet.runtime.transport.streamr.PartitionChoice;
import dev.rivulet.runtime.transport.streamr.StreamrNodeClient;
import dev.rivulet.runtime.transport.streamr.StreamrNodeException;
import dev.rivulet.runtime.transport.streamr.StreamrPublisher;
import dev.rivulet.runtime.transport.streamr.StreamrSubscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams through a Streamr node's WebSocket plugin: one publish connection per stream partition (partition fixed,
 * so ordering per partition holds), one subscribe connection per asked partition (so each message's partition is
 * known; the plugin does not send it). With {@code payloadMetadata} (the node's setting of the same name) timestamps,
 * sequence numbers, publisher and chain travel with each message; without it the receiving side stamps its clock.
 *
 * <p>{@link #publish} completes once the message is sent or waiting in the bounded offline queue; it fails with the
 * reason when that queue is full. Listeners run on the WebSocket's thread: a slow one pushes back on the node.
 */
public final class StreamrNodeTransport implements StreamTransport {
    private final StreamrNodeClient client;
    private final boolean payloadMetadata;
    private final int maxQueued;
    private final Map<String, StreamrPublisher> publishers = new ConcurrentHashMap<>();
    private final Map<Object, dev.rivulet.runtime.transport.streamr.ConnectionState> states = new ConcurrentHashMap<>();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong localSequence = new AtomicLong();
    private volatile boolean closed;
    private volatile String lastDetail = "";

    public StreamrNodeTransport(StreamrNodeClient client, boolean payloadMetadata, int maxQueued) {
        this.client = client;
        this.payloadMetadata = payloadMetadata;
        this.maxQueued = maxQueued;
    }

    @Override
    public String name() {
        return "streamr-node";
    }

    /** Connected when every connection is; failed (DISCONNECTED) when one was refused for good. */
    @Override
    public ConnectionState state() {
        if (closed) {
            return ConnectionState.CLOSED;
        }
        ConnectionState out = ConnectionState.CONNECTED;
        for (var s : states.values()) {
            switch (s) {
                case FAILED -> {
                    return ConnectionState.DISCONNECTED;
                }
                case RECONNECTING -> out = ConnectionState.RECONNECTING;
                case CONNECTING -> out = out == ConnectionState.CONNECTED ? ConnectionState.CONNECTING : out;
                default -> {
                }
            }
        }
        return out;
    }

    @Override
    public void addConnectionListener(ConnectionListener listener) {
        listeners.add(listener);
        listener.stateChanged(state(), lastDetail);
    }

    @Override
    public void removeConnectionListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    private void changed(Object key, dev.rivulet.runtime.transport.streamr.ConnectionState s, String detail) {
        if (s == dev.rivulet.runtime.transport.streamr.ConnectionState.CLOSED) {
            states.remove(key);
        } else {
            states.put(key, s);
        }
        lastDetail = detail;
        ConnectionState now = state();
        listeners.forEach(l -> l.stateChanged(now, detail));
    }

    @Override
    public CompletableFuture<Void> publish(StreamMessage message) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the Streamr node transport is closed"));
        }
        String key = message.streamId() + "#" + message.partition();
        try {
            StreamrPublisher p = publishers.computeIfAbsent(key, k -> {
                Object stateKey = "pub " + k;
                states.put(stateKey, dev.rivulet.runtime.transport.streamr.ConnectionState.CONNECTING);
                return client.publisher(message.streamId().toString(), new PartitionChoice.Fixed(message.partition()),
                    payloadMetadata, maxQueued, (s, why) -> changed(stateKey, s, why));
            });
            p.publish(message.content(), message.timestamp());
            return CompletableFuture.completedFuture(null);
        } catch (StreamrNodeException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Messages waiting for the node, over all publish connections. */
    public int queued() {
        return publishers.values().stream().mapToInt(StreamrPublisher::queued).sum();
    }

    /**
     * @param partitions the partitions to receive; empty means the node's default, reported as partition 0
     */
    @Override
    public Subscription subscribe(StreamId stream, Set<Integer> partitions, MessageListener listener) {
        List<StreamrSubscription> parts = new ArrayList<>();
        AtomicLong delivered = new AtomicLong();
        for (int p : partitions.isEmpty() ? Set.of(-1) : partitions) {
            int partition = Math.max(0, p);
            Object stateKey = new Object();
            states.put(stateKey, dev.rivulet.runtime.transport.streamr.ConnectionState.CONNECTING);
            parts.add(client.subscribe(stream.toString(), p < 0 ? Set.of() : Set.of(p), m -> {
                listener.onMessage(toStreamMessage(stream, partition, m));
                delivered.incrementAndGet();
            }, (s, why) -> changed(stateKey, s, why)));
        }
        return new Subscription() {
            @Override
            public StreamId stream() {
                return stream;
            }

            @Override
            public Set<Integer> partitions() {
                return Set.copyOf(partitions);
            }

            @Override
            public long delivered() {
                return delivered.get();
            }

            @Override
            public long dropped() {
                return parts.stream().mapToLong(StreamrSubscription::rejected).sum();
            }

            @Override
            public int queued() {
                return 0;
            }

            @Override
            public void close() {
                parts.forEach(StreamrSubscription::close);
            }
        };
    }

    private StreamMessage toStreamMessage(StreamId stream, int partition, NodeMessage m) {
        if (m.metadata().isPresent()) {
            NodeMessage.Metadata md = m.metadata().get();
            return new StreamMessage(stream, partition, md.timestamp(), Math.max(0, md.sequenceNumber()),
                md.publisherId(), md.msgChainId(), m.content(), null);
        }
        return new StreamMessage(stream, partition, System.currentTimeMillis(), localSequence.getAndIncrement(), "",
            "streamr-node", m.content(), null);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        publishers.values().forEach(StreamrPublisher::close);
        listeners.forEach(l -> l.stateChanged(ConnectionState.CLOSED, ""));
    }
}
