package dev.rivulet.runtime.streams.mqtt;

import dev.rivulet.runtime.streams.StreamId;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How streams map to MQTT topics.
 * <ul>
 *   <li>{@link Scheme#RIVULET}: {@code <prefix>/<url-encoded stream id>/<partition>}; one topic level per stream, so
 *       {@code <prefix>/<id>/+} subscribes to all partitions; payloads carry the full message id.</li>
 *   <li>{@link Scheme#STREAMR_NODE}: a Streamr node's MQTT plugin: the topic is the stream id, with
 *       {@code ?partition=N} for a partition other than the default; payloads are the content alone.</li>
 * </ul>
 */
record MqttTopics(Scheme scheme, String prefix) {
    enum Scheme { RIVULET, STREAMR_NODE }

    MqttTopics {
        prefix = prefix == null || prefix.isBlank() ? "rivulet/streams" : prefix.replaceAll("/+$", "");
    }

    String publishTopic(StreamId stream, int partition) {
        if (scheme == Scheme.STREAMR_NODE) {
            return partition == 0 ? stream.toString() : stream + "?partition=" + partition;
        }
        return prefix + "/" + encode(stream.toString()) + "/" + partition;
    }

    List<String> filters(StreamId stream, Set<Integer> partitions) {
        if (scheme == Scheme.STREAMR_NODE) {
            if (partitions.isEmpty()) {
                return List.of(stream.toString());
            }
            return new TreeSet<>(partitions).stream().map(p -> publishTopic(stream, p)).toList();
        }
        if (partitions.isEmpty()) {
            return List.of(prefix + "/" + encode(stream.toString()) + "/+");
        }
        return new TreeSet<>(partitions).stream().map(p -> publishTopic(stream, p)).toList();
    }

    /** The stream and partition a topic belongs to, or null when it is not one of ours. */
    Located locate(String topic) {
        if (scheme == Scheme.STREAMR_NODE) {
            int q = topic.indexOf("?partition=");
            String id = q < 0 ? topic : topic.substring(0, q);
            if (!StreamId.isValid(id)) {
                return null;
            }
            int partition = q < 0 ? 0 : parse(topic.substring(q + "?partition=".length()));
            return partition < 0 ? null : new Located(StreamId.parse(id), partition);
        }
        if (!topic.startsWith(prefix + "/")) {
            return null;
        }
        String rest = topic.substring(prefix.length() + 1);
        int slash = rest.lastIndexOf('/');
        if (slash < 0) {
            return null;
        }
        String id = URLDecoder.decode(rest.substring(0, slash), StandardCharsets.UTF_8);
        int partition = parse(rest.substring(slash + 1));
        return partition < 0 || !StreamId.isValid(id) ? null : new Located(StreamId.parse(id), partition);
    }

    record Located(StreamId stream, int partition) {
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String encode(String s) {
        // '/' inside the id must not become a topic level; '+' and '#' are wildcards in filters
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
