package dev.rivulet.runtime.transport.mqtt;

import java.time.Duration;

/**
 * What an {@link MqttClient} reports. Every call comes on the client's network thread: hand the data off (for
 * example to the engine's external event queue) and return quickly; never block.
 *
 * <p>Usage: {@code new MqttClient(options, (topic, payload, qos, retained) -> queue.add(payload))}
 */
@FunctionalInterface
public interface MqttListener {
    /** A message on a subscribed topic. */
    void onMessage(String topic, byte[] payload, int qos, boolean retained);

    /** The broker accepted the connection (again, after a reconnect) and the subscriptions are being renewed. */
    default void onConnected(boolean reconnected) {
    }

    /** The connection is down (or could not be made); another attempt follows after {@code retryIn}. */
    default void onDisconnected(String reason, Duration retryIn) {
    }

    /** The broker refused something: the login (with its reason) or a subscription. */
    default void onRefused(String reason) {
    }
}
