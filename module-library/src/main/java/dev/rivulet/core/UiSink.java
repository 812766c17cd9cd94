package dev.rivulet.core;

/**
 * Receives widget messages from a running canvas. Called on the engine thread: implementations hand messages
 * off (to a coalescing UI executor, a file, a socket) and never block.
 */
@FunctionalInterface
public interface UiSink {
    UiSink NONE = (module, message) -> {
    };

    void publish(ModuleInstance module, UiMessage message);
}
