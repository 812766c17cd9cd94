package dev.rivulet.runtime.transport.streamr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A client of a Streamr node's documented plugin APIs: subscribe and publish over the WebSocket plugin, publish over
 * the HTTP plugin. Faithful to the node documentation (paths, {@code apiKey}, partitions, {@code payloadMetadata}
 * payloads, status codes); tests run it against a loopback server implementing the same API.
 *
 * <pre>{@code
 * StreamrNodeClient client = new StreamrNodeClient(StreamrNodeEndpoint.of("127.0.0.1", Optional.of(key)));
 * try (StreamrSubscription s = client.subscribe("0xabc.../cars", Set.of(0), msg -> ..., (state, why) -> ...)) { ... }
 * }</pre>
 */
public final class StreamrNodeClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Messages a publisher keeps while the node is unreachable, unless told otherwise. */
    public static final int DEFAULT_MAX_QUEUED = 10_000;

    private final StreamrNodeEndpoint node;
    private final HttpClient http;
    private final Duration minBackoff;
    private final Duration maxBackoff;

    public StreamrNodeClient(StreamrNodeEndpoint node) {
        this(node, Duration.ofMillis(250), Duration.ofSeconds(30));
    }

    /** With explicit reconnect back-off bounds (tests use short ones). */
    public StreamrNodeClient(StreamrNodeEndpoint node, Duration minBackoff, Duration maxBackoff) {
        this.node = node;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** Subscribes to the given partitions (all of the node's default when empty). */
    public StreamrSubscription subscribe(String streamId, Set<Integer> partitions, Consumer<NodeMessage> listener,
                                         BiConsumer<ConnectionState, String> onState) {
        return new StreamrSubscription(node, streamId, partitions, http, minBackoff, maxBackoff, listener, onState);
    }

    public StreamrPublisher publisher(String streamId, PartitionChoice partition, boolean payloadMetadata,
                                      int maxQueued, BiConsumer<ConnectionState, String> onState) {
        return new StreamrPublisher(node, streamId, partition, payloadMetadata, maxQueued, http, minBackoff,
            maxBackoff, onState);
    }

    /**
     * Publishes one message through the HTTP plugin ({@code POST /streams/{id}}), optionally with a timestamp
     * (epoch ms) and a fixed partition or a partition key (not both, and not a key field: the plugin does not take
     * one).
     *
     * @throws StreamrNodeException when the node refuses (400, 401, 403, 422, 500...) or cannot be reached
     */
    public void publishHttp(String streamId, Map<String, Object> content, Long timestamp, PartitionChoice partition) {
        if (partition instanceof PartitionChoice.KeyField) {
            throw new IllegalArgumentException("the HTTP plugin takes a partition or a partition key, not a key field");
        }
        StringBuilder query = new StringBuilder(partition.query());
        if (timestamp != null) {
            query.append(query.length() == 0 ? "" : "&").append("timestamp=").append(timestamp);
        }
        String body;
        try {
            body = JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message content cannot be written as JSON: " + e.getMessage(), e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(node.httpPublishUri(streamId, query.toString()))
            .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        node.apiKey().ifPresent(k -> request.header("Authorization", "bearer " + k));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StreamrNodeException("could not reach the Streamr node at " + node.httpBase() + ": "
                + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StreamrNodeException("publishing to " + streamId + " was interrupted", e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String why = switch (status) {
                case 401 -> "the node needs an API key";
                case 403 -> "the node refused the API key";
                case 422 -> "the node refused the partition settings";
                case 400 -> "the node refused the message";
                default -> "the node failed";
            };
            String detail = response.body() == null || response.body().isBlank() ? "" : ": " + response.body().trim();
            throw new StreamrNodeException(why + " (HTTP " + status + " publishing to " + streamId + ")" + detail,
                status);
        }
    }
}
