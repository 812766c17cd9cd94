package dev.rivulet.runtime.transport.streamr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A subscription to a stream through a Streamr node's WebSocket plugin
 * ({@code /streams/{id}/subscribe[?partitions=0,2,5]}); it resubscribes by itself after a drop. Each text frame is one
 * message: plain content, or {@code {content, metadata}} when the node runs with {@code payloadMetadata}. A frame that
 * is not a JSON object is counted in {@link #rejected()} and logged, never passed on.
 */
public final class StreamrSubscription implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeConnection connection;
    private final Consumer<NodeMessage> listener;
    private volatile long received;
    private volatile long rejected;

    StreamrSubscription(StreamrNodeEndpoint node, String streamId, Set<Integer> partitions, HttpClient http,
                        Duration minBackoff, Duration maxBackoff, Consumer<NodeMessage> listener,
                        BiConsumer<ConnectionState, String> onState) {
        this.listener = listener;
        String query = partitions.isEmpty() ? ""
            : "partitions=" + new TreeSet<>(partitions).stream().map(String::valueOf).collect(Collectors.joining(","));
        this.connection = new NodeConnection(node.webSocketUri(streamId, "subscribe", query), http, minBackoff,
            maxBackoff, this::onText, onState, () -> { });
    }

    private void onText(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (java.io.IOException e) {
            rejected++;
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            rejected++;
            throw new IllegalArgumentException("content must be a JSON object");
        }
        Optional<NodeMessage.Metadata> metadata = Optional.empty();
        JsonNode content = root;
        JsonNode meta = root.get("metadata");
        if (root.size() == 2 && root.path("content").isObject() && meta != null && meta.isObject()) {
            content = root.get("content");
            metadata = Optional.of(new NodeMessage.Metadata(meta.path("timestamp").asLong(),
                meta.path("sequenceNumber").asLong(), meta.path("publisherId").asText(""),
                meta.path("msgChainId").asText("")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.convertValue(content, Map.class);
        received++;
        listener.accept(new NodeMessage(map, metadata));
    }

    public ConnectionState state() {
        return connection.state();
    }

    public long received() {
        return received;
    }

    public long rejected() {
        return rejected;
    }

    @Override
    public void close() {
        connection.close();
    }
}
