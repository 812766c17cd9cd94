package dev.rivulet.runtime.transport.streamr;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket to a Streamr node plugin URL that stays up: on a drop it reconnects with exponential back-off
 * (from {@code minBackoff}, doubling, capped at {@code maxBackoff}); a handshake refused with 401, 403 or 404 is
 * final (FAILED) since retrying cannot fix a wrong key or stream. Text frames are reassembled before
 * {@code onText}. Thread-safe.
 */
final class NodeConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeConnection.class);

    private final URI uri;
    private final String safeUri;
    private final HttpClient http;
    private final Consumer<String> onText;
    private final BiConsumer<ConnectionState, String> onState;
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private final ScheduledExecutorService timer;
    private final Runnable onConnected;

    private WebSocket socket;
    private ConnectionState state = ConnectionState.CONNECTING;
    private Duration backoff;
    private boolean closed;

    NodeConnection(URI uri, HttpClient http, Duration minBackoff, Duration maxBackoff, Consumer<String> onText,
                   BiConsumer<ConnectionState, String> onState, Runnable onConnected) {
        this.uri = uri;
        // never log the API key
        this.safeUri = uri.toString().replaceAll("apiKey=[^&]*", "apiKey=***");
        this.http = http;
        this.onText = onText;
        this.onState = onState;
        this.onConnected = onConnected;
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
        this.backoff = minBackoff;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "streamr-node-reconnect");
            t.setDaemon(true);
            return t;
        });
        connect();
    }

    private void connect() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, new Listener())
            .whenComplete((ws, error) -> {
                if (error == null) {
                    boolean lateClose;
                    synchronized (this) {
                        socket = ws;
                        backoff = minBackoff;
                        lateClose = closed;
                    }
                    if (lateClose) {
                        ws.sendClose(WebSocket.NORMAL_CLOSURE, "closed");
                        return;
                    }
                    setState(ConnectionState.CONNECTED, "connected to " + safeUri);
                    onConnected.run();
                } else {
                    failedAttempt(error);
                }
            });
    }

    private void failedAttempt(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof WebSocketHandshakeException h) {
            int status = h.getResponse().statusCode();
            if (status == 401 || status == 403 || status == 404) {
                String why = switch (status) {
                    case 401 -> "the node needs an API key";
                    case 403 -> "the node refused the API key";
                    default -> "the node does not know this stream or endpoint";
                };
                setState(ConnectionState.FAILED, why + " (" + status + " from " + safeUri + ")");
                return;
            }
        }
        scheduleReconnect("could not connect to " + safeUri + ": " + cause.getMessage());
    }

    private void scheduleReconnect(String why) {
        Duration wait;
        synchronized (this) {
            if (closed) {
                return;
            }
            socket = null;
            wait = backoff;
            backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
        }
        setState(ConnectionState.RECONNECTING, why + "; retrying in " + wait.toMillis() + " ms");
        timer.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void setState(ConnectionState next, String detail) {
        synchronized (this) {
            if (closed && next != ConnectionState.CLOSED) {
                return;
            }
            state = next;
        }
        LOG.debug("{}: {}", next, detail);
        onState.accept(next, detail);
    }

    synchronized ConnectionState state() {
        return state;
    }

    /** Sends a text frame; false when not connected (the caller queues it). */
    boolean send(String text) {
        WebSocket ws;
        synchronized (this) {
            ws = state == ConnectionState.CONNECTED ? socket : null;
        }
        if (ws == null) {
            return false;
        }
        try {
            ws.sendText(text, true).join();
            return true;
        } catch (CompletionException | IllegalStateException e) {
            return false;
        }
    }

    @Override
    public void close() {
        WebSocket ws;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            ws = socket;
            socket = null;
        }
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "closed").exceptionally(e -> null);
        }
        timer.shutdownNow();
        synchronized (this) {
            state = ConnectionState.CLOSED;
        }
        onState.accept(ConnectionState.CLOSED, "closed " + safeUri);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    onText.accept(text);
                } catch (RuntimeException e) {
                    LOG.warn("a message from {} could not be handled: {}", safeUri, e.getMessage());
                }
            }
            ws.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            scheduleReconnect("the node closed the connection (" + statusCode + " " + reason + ")");
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            scheduleReconnect("connection to " + safeUri + " failed: " + error.getMessage());
        }
    }
}
