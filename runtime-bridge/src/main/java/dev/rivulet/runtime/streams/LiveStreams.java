package dev.rivulet.runtime.streams;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.runtime.demo.DemoStreams;
import dev.rivulet.runtime.engine.RealtimeSource;
import dev.rivulet.runtime.modules.streams.StreamModules;
import dev.rivulet.runtime.modules.streams.StreamServices;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.streams.history.HistoryWriter;
import dev.rivulet.runtime.streams.history.LocalStreams;
import dev.rivulet.runtime.streams.signing.SigningPublisher;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.streams.transport.TransportPool;
import dev.rivulet.runtime.streams.transport.TransportRealtimeSource;
import dev.rivulet.runtime.streams.transport.TransportSettings;
import java.time.Clock;

/**
 * The live side of the local streams, as the desktop app and {@code rivulet run --realtime} both use it: an in-process
 * broker whose messages are kept in the local history, each stream's chosen transport (MQTT, Streamr node) from one
 * pool with credentials from the secret store, a realtime source that subscribes Stream modules on those transports,
 * and the demo streams (registered; the host decides when they publish).
 *
 * <p>Usage: {@code try (LiveStreams live = new LiveStreams(streams, secrets, publisher, 42, clock)) {
 * live.demo().start(); RunRequest.realtime(doc).source(live.source()) ... }}
 */
public final class LiveStreams implements AutoCloseable {
    private static final int BROKER_QUEUE = 65_536;
    private static final int OFFLINE_QUEUE = 10_000;

    private final LocalStreams streams;
    private final SigningPublisher publisher;
    private final HistoryWriter history;
    private final InProcessBroker broker;
    private final DemoStreams demo;
    private final TransportSettings settings;
    private final TransportPool pool;
    private final TransportRealtimeSource source;

    /** @param publisher numbers (and, under a wallet grant, signs) what this process publishes */
    public LiveStreams(LocalStreams streams, SecretStore secrets, SigningPublisher publisher, long demoSeed,
                       Clock clock) {
        this.streams = streams;
        this.publisher = publisher;
        history = new HistoryWriter(streams.history(), 100_000, 10_000, clock);
        broker = new InProcessBroker(history::record, BROKER_QUEUE);
        demo = new DemoStreams(streams.registry(), streams.history(), broker, clock, demoSeed);
        demo.register();
        settings = new TransportSettings(streams.registry(), secrets);
        pool = new TransportPool(broker, OFFLINE_QUEUE);
        source = new TransportRealtimeSource(streams.registry(), settings, pool);
    }

    /** Where realtime runs' Stream modules take live messages from. */
    public RealtimeSource source() {
        return source;
    }

    /** The demo streams on the broker: {@code prepare} writes their recent history, {@code start} publishes live. */
    public DemoStreams demo() {
        return demo;
    }

    public InProcessBroker broker() {
        return broker;
    }

    /** Each stream's transport choice and credentials. */
    public TransportSettings settings() {
        return settings;
    }

    /** The transports in use, one per choice. */
    public TransportPool pool() {
        return pool;
    }

    /** Binds the Streams modules: outputs from each stream's schema, SendToStream on the stream's own transport. */
    public ModuleRegistry bind(ModuleRegistry registry) {
        return StreamModules.bind(registry, StreamServices.perStream(streams::registry,
            id -> pool.transportFor(settings.get(id)), publisher));
    }

    @Override
    public void close() {
        demo.close();
        pool.close();
        broker.close();
        // last: what was published is in the history before the process exits
        history.close();
    }
}
