package dev.rivulet.core;

/**
 * A module that receives results from other threads. A host that can deliver them calls {@link #attach} once, on
 * the engine thread, after the canvas is built and before the first event; hosts that cannot never call it, and the
 * module must then work without (wait for results, or say once that it cannot receive any).
 *
 * <p>Usage: {@code public void attach(AsyncEvents events) { this.events = events; poller.start(); }}
 */
public interface AsyncEventSource {
    void attach(AsyncEvents events);
}
