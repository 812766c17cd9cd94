package dev.rivulet.runtime.transport.streamr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Publishes to a stream through a Streamr node's WebSocket plugin ({@code /streams/{id}/publish}, with the partition
 * choice as query). While the connection is down, messages wait in a bounded queue (its size and bound are visible)
 * and go out in order on reconnect; when the queue is full, {@link #publish} refuses with a clear error rather than
 * dropping anything silently.
 */
public final class StreamrPublisher implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeConnection connection;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final int maxQueued;
    private final boolean withMetadata;
    private long sent;

    StreamrPublisher(StreamrNodeEndpoint node, String streamId, PartitionChoice partition, boolean withMetadata,
                     int maxQueued, HttpClient http, Duration minBackoff, Duration maxBackoff,
                     BiConsumer<ConnectionState, String> onState) {
        if (maxQueued < 0) {
            throw new IllegalArgumentException("the offline queue bound must be 0 or more, got " + maxQueued);
        }
        this.maxQueued = maxQueued;
        this.withMetadata = withMetadata;
        this.connection = new NodeConnection(node.webSocketUri(streamId, "publish", partition.query()), http,
            minBackoff, maxBackoff, text -> { }, onState, this::flush);
    }

    /** Publishes content now, with the node's clock as timestamp. */
    public void publish(Map<String, Object> content) {
        publish(content, null);
    }

    /**
     * Publishes content; with a timestamp (epoch ms) and a node running with {@code payloadMetadata}, as
     * {@code {content, metadata: {timestamp}}}.
     *
     * @throws StreamrNodeException when the node is unreachable and the offline queue is full
     */
    public void publish(Map<String, Object> content, Long timestamp) {
        String text = encode(content, timestamp);
        synchronized (this) {
            if (queue.isEmpty() && connection.send(text)) {
                sent++;
                return;
            }
            if (queue.size() >= maxQueued) {
                throw new StreamrNodeException("the Streamr node is not reachable (" + connection.state()
                    + ") and " + queue.size() + " messages already wait for it (the bound is " + maxQueued
                    + "): this message was not published", 0);
            }
            queue.addLast(text);
        }
        flush();
    }

    private String encode(Map<String, Object> content, Long timestamp) {
        try {
            if (withMetadata && timestamp != null) {
                Map<String, Object> wrapped = new LinkedHashMap<>();
                wrapped.put("content", content);
                wrapped.put("metadata", Map.of("timestamp", timestamp));
                return JSON.writeValueAsString(wrapped);
            }
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message content cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Sends what waits, in order, while the connection holds. */
    private synchronized void flush() {
        while (!queue.isEmpty() && connection.send(queue.peekFirst())) {
            queue.removeFirst();
            sent++;
        }
    }

    public synchronized int queued() {
        return queue.size();
    }

    public int maxQueued() {
        return maxQueued;
    }

    public synchronized long sent() {
        return sent;
    }

    public ConnectionState state() {
        return connection.state();
    }

    @Override
    public void close() {
        connection.close();
    }
}
