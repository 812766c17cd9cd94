package dev.rivulet.runtime.transport.websocket;

import java.time.Duration;

/**
 * What a {@link WebSocketClient} reports. Every call comes on the client's network thread: hand the data off (for
 * example to the engine's external event queue) and return quickly; never block.
 *
 * <p>Usage: {@code new WebSocketClient(options, text -> queue.add(text))}
 */
@FunctionalInterface
public interface WebSocketListener {
    /** A text message (binary messages are given as UTF-8 text too). */
    void onMessage(String text);

    /** The handshake succeeded (again, after a reconnect). */
    default void onConnected(boolean reconnected) {
    }

    /** The connection is down or could not be made; another attempt follows after {@code retryIn}. */
    default void onDisconnected(String reason, Duration retryIn) {
    }
}
