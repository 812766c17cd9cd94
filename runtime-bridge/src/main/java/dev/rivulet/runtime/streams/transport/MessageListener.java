package dev.rivulet.runtime.streams.transport;

import dev.rivulet.runtime.streams.StreamMessage;

/** Receives the messages of a {@link Subscription}, on a transport thread. Usage: {@code m -> queue.add(m)} */
@FunctionalInterface
public interface MessageListener {
    void onMessage(StreamMessage message);
}
