package dev.rivulet.runtime.transport.streamr;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a Streamr node's plugins listen: the WebSocket plugin (default {@code ws://host:7170}) and the HTTP publish
 * plugin (default {@code http://host:7171}), and the API key when the node is configured with
 * {@code apiAuthentication} (sent as {@code ?apiKey=} on WebSocket URLs and {@code Authorization: bearer} on HTTP).
 *
 * <pre>{@code
 * StreamrNodeEndpoint node = StreamrNodeEndpoint.of("127.0.0.1", Optional.of("my-key"));
 * }</pre>
 */
public record StreamrNodeEndpoint(URI webSocketBase, URI httpBase, Optional<String> apiKey) {
    public static final int DEFAULT_WEBSOCKET_PORT = 7170;
    public static final int DEFAULT_HTTP_PORT = 7171;

    public StreamrNodeEndpoint {
        if (webSocketBase == null || !("ws".equals(webSocketBase.getScheme()) || "wss".equals(webSocketBase.getScheme()))) {
            throw new IllegalArgumentException("a Streamr node's WebSocket address starts with ws:// or wss://, got "
                + webSocketBase);
        }
        if (httpBase == null || !("http".equals(httpBase.getScheme()) || "https".equals(httpBase.getScheme()))) {
            throw new IllegalArgumentException("a Streamr node's HTTP address starts with http:// or https://, got "
                + httpBase);
        }
        apiKey = apiKey == null ? Optional.empty() : apiKey.filter(k -> !k.isBlank());
    }

    /** A node on {@code host} with the plugins' default ports, without TLS. */
    public static StreamrNodeEndpoint of(String host, Optional<String> apiKey) {
        return new StreamrNodeEndpoint(URI.create("ws://" + host + ":" + DEFAULT_WEBSOCKET_PORT),
            URI.create("http://" + host + ":" + DEFAULT_HTTP_PORT), apiKey);
    }

    /** {@code /streams/{urlEncodedStreamId}/{action}} on the WebSocket plugin, with the query and the API key. */
    URI webSocketUri(String streamId, String action, String query) {
        StringBuilder q = new StringBuilder(query == null ? "" : query);
        apiKey.ifPresent(k -> q.append(q.length() == 0 ? "" : "&").append("apiKey=").append(encode(k)));
        return URI.create(trimSlash(webSocketBase) + "/streams/" + encode(streamId) + "/" + action
            + (q.length() == 0 ? "" : "?" + q));
    }

    /** {@code POST /streams/{urlEncodedStreamId}} on the HTTP plugin. */
    URI httpPublishUri(String streamId, String query) {
        return URI.create(trimSlash(httpBase) + "/streams/" + encode(streamId)
            + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String trimSlash(URI u) {
        String s = u.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
