package dev.rivulet.runtime.streams.mqtt;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.transport.ConnectionListener;
import dev.rivulet.runtime.streams.transport.ConnectionState;
import dev.rivulet.runtime.streams.transport.MessageListener;
import dev.rivulet.runtime.streams.transport.QueuedSubscription;
import dev.rivulet.runtime.streams.transport.StreamTransport;
import dev.rivulet.runtime.streams.transport.Subscription;
import dev.rivulet.runtime.transport.mqtt.MqttClient;
import dev.rivulet.runtime.transport.mqtt.MqttClientOptions;
import dev.rivulet.runtime.transport.mqtt.MqttListener;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams over an MQTT broker (mosquitto, or a Streamr node's MQTT plugin): one topic per stream partition (see
 * {@link MqttTopics}), QoS 1, the MqttClient's reconnect with back-off and resubscription. While the broker is
 * unreachable, published messages wait in a bounded queue ({@link #queued()} of {@link #maxQueued()}) and go out in
 * order on reconnect; when it is full, {@link #publish} fails with a clear reason: nothing is lost silently.
 *
 * <pre>{@code
 * try (var t = MqttStreamTransport.rivulet(MqttClientOptions.fromUrl("mqtt://127.0.0.1:1883"), 10_000)) {
 *     t.subscribe(id, Set.of(), m -> ...);
 *     t.publish(message);
 * }
 * }</pre>
 */
public final class MqttStreamTransport implements StreamTransport {
    private static final Logger LOG = LoggerFactory.getLogger(MqttStreamTransport.class);
    private static final int SUBSCRIBER_CAPACITY = 65_536;

    private record Pending(String topic, byte[] payload, CompletableFuture<Void> done) {
    }

    private final MqttTopics topics;
    private final MqttClient client;
    private final int maxQueued;
    private final ArrayDeque<Pending> offline = new ArrayDeque<>();
    private final List<QueuedSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile String detail = "";

    /** Rivulet's topic layout and envelopes under {@code rivulet/streams}. */
    public static MqttStreamTransport rivulet(MqttClientOptions options, int maxQueued) {
        return new MqttStreamTransport(options, new MqttTopics(MqttTopics.Scheme.RIVULET, null), maxQueued);
    }

    /** A Streamr node's MQTT plugin (the API key goes in the options' password). */
    public static MqttStreamTransport streamrNode(MqttClientOptions options, int maxQueued) {
        return new MqttStreamTransport(options, new MqttTopics(MqttTopics.Scheme.STREAMR_NODE, null), maxQueued);
    }

    private MqttStreamTransport(MqttClientOptions options, MqttTopics topics, int maxQueued) {
        if (maxQueued < 0) {
            throw new IllegalArgumentException("the offline queue bound must be 0 or more, got " + maxQueued);
        }
        this.topics = topics;
        this.maxQueued = maxQueued;
        this.client = new MqttClient(options, new Listener());
        client.start();
    }

    @Override
    public String name() {
        return client.options().toString();
    }

    @Override
    public ConnectionState state() {
        return state;
    }

    @Override
    public void addConnectionListener(ConnectionListener listener) {
        listeners.add(listener);
        listener.stateChanged(state, detail);
    }

    @Override
    public void removeConnectionListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    private void setState(ConnectionState next, String why) {
        state = next;
        detail = why;
        listeners.forEach(l -> l.stateChanged(next, why));
    }

    @Override
    public CompletableFuture<Void> publish(StreamMessage message) {
        if (state == ConnectionState.CLOSED) {
            return CompletableFuture.failedFuture(new IllegalStateException("the MQTT transport is closed"));
        }
        byte[] payload;
        try {
            payload = topics.scheme() == MqttTopics.Scheme.RIVULET ? MqttPayloads.envelope(message)
                : MqttPayloads.contentOnly(message);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        Pending p = new Pending(topics.publishTopic(message.streamId(), message.partition()), payload,
            new CompletableFuture<>());
        synchronized (offline) {
            if (state != ConnectionState.CONNECTED || !offline.isEmpty()) {
                if (offline.size() >= maxQueued) {
                    return CompletableFuture.failedFuture(new IllegalStateException("the MQTT broker "
                        + client.options() + " is not reachable (" + detail + ") and " + offline.size()
                        + " messages already wait for it (the bound is " + maxQueued + "): not published"));
                }
                offline.addLast(p);
                return p.done;
            }
        }
        send(p);
        return p.done;
    }

    private void send(Pending p) {
        client.publish(p.topic, p.payload, 1, false).whenComplete((ok, error) -> {
            if (error == null) {
                p.done.complete(null);
                return;
            }
            // lost with the connection before the broker acknowledged it: wait for the reconnect instead of failing
            synchronized (offline) {
                if (offline.size() < maxQueued) {
                    offline.addFirst(p);
                    return;
                }
            }
            p.done.completeExceptionally(error);
        });
    }

    private void flush() {
        while (true) {
            Pending p;
            synchronized (offline) {
                if (state != ConnectionState.CONNECTED || offline.isEmpty()) {
                    return;
                }
                p = offline.pollFirst();
            }
            send(p);
        }
    }

    /** Messages waiting for the broker now. */
    public int queued() {
        synchronized (offline) {
            return offline.size();
        }
    }

    public int maxQueued() {
        return maxQueued;
    }

    /** Messages received on our topics that could not be read (counted, logged, not delivered). */
    public long malformed() {
        return malformed.get();
    }

    @Override
    public Subscription subscribe(StreamId stream, Set<Integer> partitions, MessageListener listener) {
        List<String> filters = topics.filters(stream, partitions);
        QueuedSubscription[] holder = new QueuedSubscription[1];
        QueuedSubscription sub = new QueuedSubscription(stream, partitions, listener, SUBSCRIBER_CAPACITY,
            "rivulet-mqtt-sub-" + stream, () -> subscriptions.remove(holder[0]));
        holder[0] = sub;
        subscriptions.add(sub);
        filters.forEach(f -> client.subscribe(f, 1));
        return sub;
    }

    /** Waits until the broker accepted the connection. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return client.awaitConnected(timeout);
    }

    @Override
    public void close() {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        subscriptions.forEach(QueuedSubscription::close);
        client.close();
        synchronized (offline) {
            offline.forEach(p -> p.done.completeExceptionally(new IllegalStateException(
                "the MQTT transport closed before the broker was reachable")));
            offline.clear();
        }
        setState(ConnectionState.CLOSED, "");
    }

    private final class Listener implements MqttListener {
        @Override
        public void onMessage(String topic, byte[] payload, int qos, boolean retained) {
            MqttTopics.Located at = topics.locate(topic);
            if (at == null) {
                return;
            }
            StreamMessage m;
            try {
                m = topics.scheme() == MqttTopics.Scheme.RIVULET
                    ? MqttPayloads.readEnvelope(at.stream(), at.partition(), payload)
                    : new StreamMessage(at.stream(), at.partition(), System.currentTimeMillis(),
                        sequence.getAndIncrement(), "", "mqtt", MqttPayloads.readContent(payload), null);
            } catch (IllegalArgumentException e) {
                malformed.incrementAndGet();
                LOG.warn("a message on {} could not be read: {}", topic, e.getMessage());
                return;
            }
            for (QueuedSubscription s : subscriptions) {
                if (s.stream().equals(at.stream())) {
                    s.offer(m);
                }
            }
        }

        @Override
        public void onConnected(boolean reconnected) {
            setState(ConnectionState.CONNECTED, reconnected ? "reconnected" : "connected");
            flush();
        }

        @Override
        public void onDisconnected(String reason, Duration retryIn) {
            setState(ConnectionState.RECONNECTING, reason + "; retrying in " + retryIn.toMillis() + " ms");
        }

        @Override
        public void onRefused(String reason) {
            setState(ConnectionState.DISCONNECTED, reason);
        }
    }
}
