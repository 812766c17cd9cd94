package dev.rivulet.runtime.engine;

import java.util.List;
import java.util.Map;

/**
 * Live data for the Stream modules of a realtime run: the seam where a stream transport (in-process, MQTT, a Streamr
 * node) plugs into the embedded engine. The engine subscribes once per Stream module when the run starts and closes
 * the subscriptions when it ends; messages may arrive on any thread and are handed to the engine thread through the
 * run's {@link ExternalEventQueue}, so an implementation never touches modules.
 *
 * <p>Usage: {@code RunRequest.realtime(doc).source(transport::subscribe)}, where the transport calls
 * {@code receiver.message(timestamp, content)} for every message of the stream.
 */
@FunctionalInterface
public interface RealtimeSource {
    /** No live data: Stream modules of realtime runs stay silent (the run gives a notice per stream). */
    RealtimeSource NONE = (stream, receiver) -> null;

    /**
     * Starts delivering the messages of a stream. Returns the subscription, or null when this source does not know the
     * stream (the engine then gives a notice and the Stream module receives nothing).
     */
    Subscription subscribe(Stream stream, Receiver receiver);

    /** What a Stream module reads: the stream id, the partitions (empty: all) and the field names it has outputs for. */
    record Stream(String streamId, List<Integer> partitions, List<String> fields) {
        public Stream {
            partitions = List.copyOf(partitions);
            fields = List.copyOf(fields);
        }
    }

    /** Takes a stream's messages; thread-safe, never blocks. */
    interface Receiver {
        /**
         * One message: its timestamp (epoch millis) and content by field name (numbers as any Number; fields missing
         * or null are not sent, as in Streamr). Returns false when the message was dropped (run ended or overloaded).
         */
        boolean message(long timestamp, Map<String, ?> content);

        /** Trouble with the subscription (connection lost, access refused): reported to the user as a notice. */
        void problem(String message);
    }

    /** A running subscription; closing it stops deliveries and is idempotent. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
