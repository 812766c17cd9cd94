package dev.rivulet.runtime.modules.streams;

import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.transport.MessageChain;
import dev.rivulet.runtime.streams.transport.StreamTransport;
import java.util.function.Supplier;

/**
 * What the Streams modules (SendToStream, CreateStream, GetOrCreateStream, SearchStream) need from the host: the
 * stream registry, the transport to publish on and the publisher's message chain. Opened lazily, so a run whose
 * modules never touch streams never opens {@code streams.db}. Bound to the modules by {@link StreamModules#bind}.
 *
 * <p>Usage: {@code StreamModules.bind(ModuleRegistry.load(), new StreamServices(() -> registry, () -> broker, chain))}
 */
public final class StreamServices {
    /** No registry and no transport: the modules report that streams are not available in this run. */
    public static final StreamServices NONE = new StreamServices(null, null, null);

    private final Supplier<StreamRegistry> registry;
    private final Supplier<StreamTransport> transport;
    private final MessageChain chain;
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
