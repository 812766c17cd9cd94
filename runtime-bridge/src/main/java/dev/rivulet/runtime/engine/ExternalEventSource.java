package dev.rivulet.runtime.engine;

/**
 * A module that receives data or results from outside the engine thread (MQTT subscriptions, asynchronous HTTP
 * responses). An engine host that can deliver such events calls {@link #attach} once, on the engine thread, after the
 * canvas is built and before the first event; hosts that cannot (plain replays, validation) never call it, and the
 * module then works without it (HTTP waits for its responses; MQTT stays silent).
 *
 * <p>Usage: {@code public void attach(ExternalEvents events) { this.events = events; client.start(); }}
 */
public interface ExternalEventSource {
    void attach(ExternalEvents events);
}
