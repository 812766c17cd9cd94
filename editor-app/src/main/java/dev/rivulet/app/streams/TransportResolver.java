package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.transport.ConnectionState;
import dev.rivulet.runtime.streams.transport.StreamTransport;
import dev.rivulet.runtime.streams.transport.TransportChoice;
import dev.rivulet.runtime.streams.transport.TransportPool;
import dev.rivulet.runtime.streams.transport.TransportStatus;

/**
 * Turns a stream's {@link TransportChoice} into the transport the pane publishes to and subscribes on, and says how
 * that transport is doing. The host owns the transports (and closes them); a choice the host cannot serve throws
 * {@link IllegalStateException} or {@link dev.rivulet.runtime.streams.StreamException} with the reason, which the
 * pane shows.
 *
 * <p>Usage: {@code TransportResolver r = TransportResolver.pooled(pool);}
 */
@FunctionalInterface
public interface TransportResolver {
    StreamTransport transportFor(TransportChoice choice);

    /** The choice's connection state and offline queue, for the pane's status line. */
    default TransportStatus status(TransportChoice choice) {
        try {
            return new TransportStatus(choice.label(), transportFor(choice).state(), "", 0, 0);
        } catch (RuntimeException e) {
            return new TransportStatus(choice.label(), ConnectionState.DISCONNECTED, e.getMessage(), 0, 0);
        }
    }

    /** Every choice, served by the host's pool (in-process broker, MQTT brokers, Streamr nodes). */
    static TransportResolver pooled(TransportPool pool) {
        return new TransportResolver() {
            @Override
            public StreamTransport transportFor(TransportChoice choice) {
                return pool.transportFor(choice);
            }

            @Override
            public TransportStatus status(TransportChoice choice) {
                return pool.status(choice);
            }
        };
    }

    /** Serves the in-process choice with {@code broker}; other choices are refused (tests, tools without network). */
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
