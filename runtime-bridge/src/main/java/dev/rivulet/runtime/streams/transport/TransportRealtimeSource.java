package dev.rivulet.runtime.streams.transport;

import dev.rivulet.runtime.engine.RealtimeSource;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.signing.Verdict;
import dev.rivulet.runtime.streams.signing.VerifyingTransport;
import java.util.HashSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live data for realtime runs from the streams layer: each Stream module's stream is subscribed on the transport the
 * user chose for it ({@link TransportSettings}: the in-process broker for local and demo streams, an MQTT broker or a
 * Streamr node), for the module's partitions. Messages are signature-checked on the way ({@link VerifyingTransport}):
 * rejected ones never reach the canvas and are reported to the run as notices (the first, then at 10, 100, 1000...).
 * Connection trouble (reconnecting, refused) is reported the same way. A stream the registry does not know (deleted)
 * is refused with a clear error, which the run reports for the module; an id that is not a stream id gets no
 * subscription (the run's notice).
 *
 * <p>Usage: {@code engine.start(RunRequest.realtime(doc).source(new TransportRealtimeSource(registry, settings, pool)))}
 */
public final class TransportRealtimeSource implements RealtimeSource {
    private final StreamRegistry registry;
    private final TransportSettings settings;
    private final TransportPool pool;

    public TransportRealtimeSource(StreamRegistry registry, TransportSettings settings, TransportPool pool) {
        this.registry = registry;
        this.settings = settings;
        this.pool = pool;
    }

    @Override
    public Subscription subscribe(Stream stream, Receiver receiver) {
        if (!StreamId.isValid(stream.streamId())) {
            return null;
        }
        StreamId id = StreamId.parse(stream.streamId());
        if (registry.find(id).isEmpty()) {
            // the run turns this into a notice naming the module: a deleted stream is an error the user can act on
            throw new StreamException("stream " + id + " does not exist in this workspace (it was deleted, or never"
                + " created here): create it in the Streams pane, or pick another stream");
        }
        VerifyingTransport transport;
        try {
            transport = pool.transportFor(settings.get(id));
        } catch (StreamException | IllegalStateException | IllegalArgumentException e) {
            receiver.problem("stream " + id + ": " + e.getMessage());
            return () -> { };
        }
        AtomicBoolean open = new AtomicBoolean(true);
        AtomicLong rejected = new AtomicLong();
        ConnectionListener trouble = (state, detail) -> {
            if (open.get() && (state == ConnectionState.RECONNECTING || state == ConnectionState.DISCONNECTED)) {
                receiver.problem("stream " + id + " on " + transport.name() + ": " + state.name().toLowerCase()
                    + (detail.isEmpty() ? "" : " (" + detail + ")"));
            }
        };
        transport.addConnectionListener(trouble);
        var sub = transport.subscribeVerified(id, new HashSet<>(stream.partitions()), (m, verdict) -> {
            if (verdict instanceof Verdict.Rejected r) {
                long n = rejected.incrementAndGet();
                if (n == 1 || n == 10 || n == 100 || n % 1000 == 0) {
                    receiver.problem("stream " + id + ": rejected " + n + (n == 1 ? " message" : " messages")
                        + " whose signature does not verify (" + r.reason() + ")");
                }
                return;
            }
            receiver.message(m.timestamp(), m.content());
        });
        return () -> {
            if (open.compareAndSet(true, false)) {
                transport.removeConnectionListener(trouble);
                sub.close();
            }
        };
    }
}
