package dev.rivulet.runtime.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Streams that live in this process: whatever is {@link #publish published} to a stream id reaches every realtime run
 * subscribed to it. Serves canvases fed by the application itself (and tests); network transports implement
 * {@link RealtimeSource} the same way.
 *
 * <p>Usage: {@code var hub = new InProcessRealtimeSource(); engine.start(RunRequest.realtime(doc).source(hub).build());
 * hub.publish("prices", System.currentTimeMillis(), Map.of("price", 1.5));}
 */
public final class InProcessRealtimeSource implements RealtimeSource {
    private final Map<String, List<Receiver>> receivers = new ConcurrentHashMap<>();

    @Override
    public Subscription subscribe(Stream stream, Receiver receiver) {
        List<Receiver> list = receivers.computeIfAbsent(stream.streamId(), k -> new CopyOnWriteArrayList<>());
        list.add(receiver);
        return () -> list.remove(receiver);
    }

    /** Sends a message to every current subscriber of the stream; returns how many took it. */
    public int publish(String streamId, long timestamp, Map<String, ?> content) {
        int n = 0;
        for (Receiver r : receivers.getOrDefault(streamId, List.of())) {
            if (r.message(timestamp, content)) {
                n++;
            }
        }
        return n;
    }

    /** Subscribers of a stream now (a run subscribes when it starts and unsubscribes when it ends). */
    public int subscribers(String streamId) {
        return receivers.getOrDefault(streamId, List.of()).size();
    }
}
