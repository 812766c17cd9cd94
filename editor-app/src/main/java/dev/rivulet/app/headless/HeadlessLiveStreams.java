package dev.rivulet.app.headless;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.runtime.modules.streams.StreamModules;
import dev.rivulet.runtime.demo.DemoStreams;
import dev.rivulet.runtime.engine.RealtimeSource;
import dev.rivulet.runtime.modules.streams.StreamServices;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.streams.history.HistoryWriter;
import dev.rivulet.runtime.streams.history.LocalStreams;
import dev.rivulet.runtime.streams.signing.SigningPublisher;
import dev.rivulet.runtime.streams.signing.StreamSigners;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.streams.transport.TransportPool;
import dev.rivulet.runtime.streams.transport.TransportRealtimeSource;
import dev.rivulet.runtime.streams.transport.TransportSettings;
import java.time.Clock;

/**
 * The live stream plumbing of {@code rivulet run --realtime}, as the desktop app has it: an in-process broker whose
 * messages are kept in the local history, each stream's chosen transport (MQTT, Streamr node) from a shared pool, a
 * realtime source that subscribes Stream modules on those transports, and, with {@code --demo-data}, the demo sources
 * publishing live. Headless runs publish unsigned (no wallet dialog can grant signing here).
 *
 * <p>Usage: {@code try (HeadlessLiveStreams live = HeadlessLiveStreams.open(streams, secrets, demo)) {
 * RunRequest.realtime(doc).source(live.source()) ... }}
 */
public final class HeadlessLiveStreams implements AutoCloseable {
    private static final int BROKER_QUEUE = 65_536;
    private static final int OFFLINE_QUEUE = 10_000;

    private final LocalStreams streams;
    private final HistoryWriter history;
    private final InProcessBroker broker;
    private final TransportSettings settings;
    private final TransportPool pool;
    private final TransportRealtimeSource source;
    private final DemoStreams demo;

    private HeadlessLiveStreams(LocalStreams streams, SecretStore secrets, Long demoSeed) {
        this.streams = streams;
        Clock clock = Clock.systemUTC();
        history = new HistoryWriter(streams.history(), 100_000, 10_000, clock);
        broker = new InProcessBroker(history::record, BROKER_QUEUE);
        settings = new TransportSettings(streams.registry(), secrets);
        pool = new TransportPool(broker, OFFLINE_QUEUE);
        source = new TransportRealtimeSource(streams.registry(), settings, pool);
        if (demoSeed != null) {
            demo = new DemoStreams(streams.registry(), streams.history(), broker, clock, demoSeed);
            demo.register();
            demo.start();
        } else {
            demo = null;
        }
    }

    /** Opens the plumbing; with {@code demoSeed} non-null the demo sources publish live until closed. */
    public static HeadlessLiveStreams open(LocalStreams streams, SecretStore secrets, Long demoSeed) {
        return new HeadlessLiveStreams(streams, secrets, demoSeed);
    }

    /** Where the run's Stream modules take live messages from. */
    public RealtimeSource source() {
        return source;
    }

    /** Binds the Streams modules: outputs from each stream's schema, SendToStream on the stream's own transport. */
    public ModuleRegistry bind(ModuleRegistry registry) {
        return StreamModules.bind(registry, StreamServices.perStream(streams::registry,
            id -> pool.transportFor(settings.get(id)), new SigningPublisher(StreamSigners.NONE, "headless")));
    }

    @Override
    public void close() {
        if (demo != null) {
            demo.close();
        }
        pool.close();
        broker.close();
        // last: what the run published is in the history before the process exits
        history.close();
    }
}
