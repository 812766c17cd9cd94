package dev.rivulet.runtime.streams.transport;

import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.mqtt.MqttStreamTransport;
import dev.rivulet.runtime.streams.node.StreamrNodeTransport;
import dev.rivulet.runtime.streams.signing.VerifyingTransport;
import dev.rivulet.runtime.transport.mqtt.MqttClientOptions;
import dev.rivulet.runtime.transport.streamr.StreamrNodeClient;
import dev.rivulet.runtime.transport.streamr.StreamrNodeEndpoint;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transports of the streams' {@link TransportChoice}s, made on first use and shared: one MQTT client per broker
 * and login, one Streamr node client per node and key, and the host's in-process broker. Every transport is wrapped in
 * a {@link VerifyingTransport}, so subscribers get signature-checked messages. The pool remembers each transport's
 * last connection state with its reason ({@link #status}); {@link #close} closes what it made (not the in-process
 * broker, which the host owns). Thread-safe.
 *
 * <p>Usage: {@code try (TransportPool pool = new TransportPool(broker, 10_000)) {
 * pool.transportFor(settings.get(id)).subscribe(id, Set.of(), listener); }}
 */
public final class TransportPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TransportPool.class);

    private final VerifyingTransport inProcess;
    private final int maxQueued;
    private final Map<TransportChoice, VerifyingTransport> made = new ConcurrentHashMap<>();
    private final Map<TransportChoice, String[]> details = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param inProcess the host's broker, served for {@link TransportChoice.InProcess}
     * @param maxQueued messages a network transport keeps while offline before publishing fails
     */
    public TransportPool(StreamTransport inProcess, int maxQueued) {
        this.inProcess = new VerifyingTransport(inProcess);
        this.maxQueued = maxQueued;
    }

    /**
     * The transport of a choice, connecting it on first use (the connection is made in the background: a broker
     * that is down shows as reconnecting, with publishing queued up to the bound).
     *
     * @throws StreamException when the choice cannot be turned into a transport (e.g. an unreadable certificate file)
     */
    public VerifyingTransport transportFor(TransportChoice choice) {
        if (choice instanceof TransportChoice.InProcess) {
            return inProcess;
        }
        if (closed) {
            throw new IllegalStateException("the stream transports are closed");
        }
        return made.computeIfAbsent(choice, c -> {
            VerifyingTransport t = new VerifyingTransport(open(c));
            String[] detail = {""};
            details.put(c, detail);
            t.addConnectionListener((state, why) -> {
                detail[0] = why;
                LOG.info("{}: {} {}", c.label(), state, why);
            });
            return t;
        });
    }

    /** The choice's connection state and offline queue; "not connected yet" when nothing used it so far. */
    public TransportStatus status(TransportChoice choice) {
        if (choice instanceof TransportChoice.InProcess) {
            return new TransportStatus(choice.label(), inProcess.state(), "", 0, 0);
        }
        VerifyingTransport t = made.get(choice);
        if (t == null) {
            return new TransportStatus(choice.label(), ConnectionState.DISCONNECTED, "not connected yet", 0,
                maxQueued);
        }
        int queued = t.inner() instanceof MqttStreamTransport m ? m.queued()
            : t.inner() instanceof StreamrNodeTransport n ? n.queued() : 0;
        return new TransportStatus(choice.label(), t.state(), details.get(choice)[0], queued, maxQueued);
    }

    private StreamTransport open(TransportChoice choice) {
        if (choice instanceof TransportChoice.Mqtt m) {
            MqttClientOptions options = MqttClientOptions.fromUrl(m.brokerUrl());
            if (!m.username().isEmpty()) {
                options = options.withLogin(m.username(), m.password());
            }
            if (!m.caCertificateFile().isEmpty()) {
                try {
                    options = options.withTrustedCertificate(Files.readString(Path.of(m.caCertificateFile())));
                } catch (IOException e) {
                    throw new StreamException("cannot read the trusted certificate " + m.caCertificateFile() + ": "
                        + e.getMessage(), e);
                }
            }
            return MqttStreamTransport.rivulet(options, maxQueued);
        }
        TransportChoice.StreamrNode n = (TransportChoice.StreamrNode) choice;
        return new StreamrNodeTransport(new StreamrNodeClient(endpoint(n)), false, maxQueued);
    }

    /** The node's WebSocket and HTTP plugins from one URL of either (the other on its default port). */
    static StreamrNodeEndpoint endpoint(TransportChoice.StreamrNode n) {
        URI u = URI.create(n.nodeUrl());
        boolean secure = u.getScheme().endsWith("s");
        Optional<String> key = Optional.of(n.apiKey());
        if (u.getScheme().startsWith("ws")) {
            return new StreamrNodeEndpoint(u, URI.create((secure ? "https://" : "http://") + u.getHost() + ":"
                + StreamrNodeEndpoint.DEFAULT_HTTP_PORT), key);
        }
        return new StreamrNodeEndpoint(URI.create((secure ? "wss://" : "ws://") + u.getHost() + ":"
            + StreamrNodeEndpoint.DEFAULT_WEBSOCKET_PORT), u, key);
    }

    @Override
    public void close() {
        closed = true;
        made.values().forEach(t -> {
            try {
                t.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed: {}", t.name(), e.getMessage());
            }
        });
        made.clear();
    }
}
