package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.transport.StreamTransport;
import dev.rivulet.runtime.streams.transport.TransportChoice;

/**
 * Turns a stream's {@link TransportChoice} into the transport the pane publishes to and subscribes on. The host owns
 * the transports (and closes them); a choice the host cannot serve throws {@link IllegalStateException} with the
 * reason, which the pane shows.
 *
 * <p>Usage: {@code TransportResolver r = TransportResolver.inProcessOnly(broker);}
 */
@FunctionalInterface
public interface TransportResolver {
    StreamTransport transportFor(TransportChoice choice);

    /** Serves the in-process choice with {@code broker}; other choices are refused until the host wires them. */
    static TransportResolver inProcessOnly(StreamTransport broker) {
        return choice -> {
            if (choice instanceof TransportChoice.InProcess) {
                return broker;
            }
            throw new IllegalStateException("the " + choice.label() + " transport is not connected in this build;"
                + " messages of this stream are not shown here");
        };
    }
}
