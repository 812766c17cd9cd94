package dev.rivulet.runtime.transport.websocket;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where and how a {@link WebSocketClient} connects: a ws:// or wss:// address, extra handshake headers, an optional
 * subprotocol, and the reconnect back-off (doubling from {@code reconnectMin} up to {@code reconnectMax}).
 *
 * <p>Usage: {@code WebSocketOptions.fromUrl("wss://example.com/feed").withHeaders(Map.of("Authorization", "..."))}
 */
public record WebSocketOptions(URI uri, Map<String, String> headers, String subprotocol, Duration reconnectMin,
                               Duration reconnectMax, int maxMessageBytes) {
    public WebSocketOptions {
        headers = Map.copyOf(headers);
        subprotocol = subprotocol == null || subprotocol.isBlank() ? null : subprotocol.trim();
    }

    /** Checks and parses an address; the message of the IllegalArgumentException says what is wrong with it. */
    public static WebSocketOptions fromUrl(String url) {
        String text = url == null ? "" : url.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("give the server's address, e.g. wss://example.com/feed");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException("\"" + text + "\" must start with ws:// or wss://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("\"" + text + "\" names no server");
        }
        return new WebSocketOptions(uri, Map.of(), null, Duration.ofSeconds(1), Duration.ofSeconds(30),
            16 * 1024 * 1024);
    }

    public boolean tls() {
        return "wss".equalsIgnoreCase(uri.getScheme());
    }

    public int port() {
        return uri.getPort() > 0 ? uri.getPort() : tls() ? 443 : 80;
    }

    public WebSocketOptions withHeaders(Map<String, String> h) {
        return new WebSocketOptions(uri, new LinkedHashMap<>(h), subprotocol, reconnectMin, reconnectMax,
            maxMessageBytes);
    }

    public WebSocketOptions withSubprotocol(String s) {
        return new WebSocketOptions(uri, headers, s, reconnectMin, reconnectMax, maxMessageBytes);
    }

    public WebSocketOptions withReconnect(Duration min, Duration max) {
        return new WebSocketOptions(uri, headers, subprotocol, min, max, maxMessageBytes);
    }
}
