package dev.rivulet.runtime.transport.streamr;

import java.util.Map;
import java.util.Optional;

/**
 * A message from a Streamr node's WebSocket plugin: the content (always a JSON object) and, when the node runs with
 * {@code payloadMetadata: true}, the message id fields it sent along.
 */
public record NodeMessage(Map<String, Object> content, Optional<Metadata> metadata) {
    public NodeMessage {
        content = Map.copyOf(content);
    }

    /** Streamr's {@code metadata}: timestamp (epoch ms), sequence number, publisher id, message chain id. */
    public record Metadata(long timestamp, long sequenceNumber, String publisherId, String msgChainId) {
    }
}
