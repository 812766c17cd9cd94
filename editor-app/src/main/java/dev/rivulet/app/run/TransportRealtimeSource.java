package dev.rivulet.app.run;

import dev.rivulet.runtime.engine.RealtimeSource;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.transport.StreamTransport;
import java.util.HashSet;

/**
 * Live data for the editor's realtime runs from one stream transport (the app's in-process broker today): a Stream
 * module's subscription becomes a transport subscription, each message its timestamp and content. A stream id the
 * transport cannot name gives null, so the run reports the stream as unknown. A transport-aware source (one transport
 * per stream) can replace this one without changing the editor: {@link RunServices} takes any {@link RealtimeSource}.
 *
 * <p>Usage: {@code new RunServices(engine, new TransportRealtimeSource(broker), ...)}
 */
public final class TransportRealtimeSource implements RealtimeSource {
    private final StreamTransport transport;

    public TransportRealtimeSource(StreamTransport transport) {
        this.transport = transport;
    }

    @Override
    public RealtimeSource.Subscription subscribe(Stream stream, Receiver receiver) {
        StreamId id;
        try {
            id = StreamId.parse(stream.streamId());
        } catch (IllegalArgumentException e) {
            return null;
        }
        dev.rivulet.runtime.streams.transport.Subscription s = transport.subscribe(id, new HashSet<>(stream.partitions()),
            m -> receiver.message(m.timestamp(), m.content()));
        return s::close;
    }
}
