package dev.rivulet.runtime.modules.streams;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.signing.SigningPublisher;
import dev.rivulet.runtime.streams.transport.MessageChain;
import dev.rivulet.runtime.streams.transport.StreamTransport;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the Streams modules (SendToStream, CreateStream, GetOrCreateStream, SearchStream) need from the host: the
 * stream registry, the transport to publish each stream's messages on (one for all, or the one the user chose per
 * stream) and the publisher that numbers (and, under a wallet grant, signs) them. Opened lazily, so a run whose
 * modules never touch streams never opens {@code streams.db}. Bound to the modules by {@link StreamModules#bind}.
 *
 * <p>Usage: {@code StreamModules.bind(ModuleRegistry.load(), new StreamServices(() -> registry, () -> broker, chain))}
 * or, per stream and signed: {@code StreamServices.perStream(() -> registry, id -> pool.transportFor(settings.get(id)),
 * signingPublisher)}
 */
public final class StreamServices {
    /** No registry and no transport: the modules report that streams are not available in this run. */
    public static final StreamServices NONE = new StreamServices(null, null, (MessageChain) null);

    private final Supplier<StreamRegistry> registry;
    private final Supplier<StreamTransport> transport;
    private final MessageChain chain;
    private final Function<StreamId, StreamTransport> perStream;
    private final SigningPublisher publisher;
    private StreamRegistry openedRegistry;
    private StreamTransport openedTransport;

    /**
     * @param registry  opens the registry on first use (null: none)
     * @param transport opens the transport on first use (null: none, so SendToStream cannot publish)
     * @param chain     the chain that numbers this host's messages
     */
    public StreamServices(Supplier<StreamRegistry> registry, Supplier<StreamTransport> transport, MessageChain chain) {
        this.registry = registry;
        this.transport = transport;
        this.chain = chain;
        this.perStream = null;
        this.publisher = null;
    }

    /**
     * @param registry    opens the registry on first use
     * @param transportFor the transport of a stream (its user's choice)
     * @param publisher   numbers the host's messages and signs those of streams the wallet holds a grant for
     */
    public static StreamServices perStream(Supplier<StreamRegistry> registry,
                                           Function<StreamId, StreamTransport> transportFor,
                                           SigningPublisher publisher) {
        return new StreamServices(registry, transportFor, publisher);
    }

    private StreamServices(Supplier<StreamRegistry> registry, Function<StreamId, StreamTransport> transportFor,
                           SigningPublisher publisher) {
        this.registry = registry;
        this.transport = null;
        this.chain = null;
        this.perStream = transportFor;
        this.publisher = publisher;
    }

    /** The transport of a stream's messages, or null when this host has none. */
    public StreamTransport transportFor(StreamId id) {
        return perStream != null ? perStream.apply(id) : transport();
    }

    /** Whether this host can publish at all (a transport and a way to number messages). */
    public boolean canPublish() {
        return perStream != null ? publisher != null : transport != null && chain != null;
    }

    /** The host's next message on the stream partition (signed when a grant allows it). */
    public StreamMessage message(StreamId id, int partition, long timestamp, Map<String, ?> content) {
        return publisher != null ? publisher.message(id, partition, timestamp, content)
            : chain.next(id, partition, timestamp, content);
    }

    /** The registry, or null when this host has none. */
    public synchronized StreamRegistry registry() {
        if (openedRegistry == null && registry != null) {
            openedRegistry = registry.get();
        }
        return openedRegistry;
    }

    /** The transport, or null when this host has none. */
    public synchronized StreamTransport transport() {
        if (openedTransport == null && transport != null) {
            openedTransport = transport.get();
        }
        return openedTransport;
    }

    public MessageChain chain() {
        return chain;
    }
}
