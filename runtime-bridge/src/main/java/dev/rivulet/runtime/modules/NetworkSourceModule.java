package dev.rivulet.runtime.modules;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.RunMode;
import dev.rivulet.runtime.engine.ExternalEventSource;
import dev.rivulet.runtime.engine.ExternalEvents;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import java.util.function.Consumer;

/**
 * Base of modules fed by a network client (MQTT, WebSocket): the client's thread hands each arrival to the engine's
 * external event queue, the engine thread stages it here and activates the module, and {@link #sendOutput()} takes one
 * staged arrival per activation. Only realtime runs connect (a replay cannot receive the past; a one-time notice says
 * so); stopping closes the client, and a reset forgets arrivals not yet sent while the connection stays.
 *
 * <p>Usage: {@code final class Feed extends NetworkSourceModule<Arrived, FeedClient> { protected FeedClient
 * connect(Consumer<Arrived> deliver) {...} public void sendOutput() { Arrived a = nextArrived(); ... } }}
 *
 * @param <A> what the client delivers (a message, a warning, a state change)
 * @param <C> the client
 */
public abstract class NetworkSourceModule<A, C extends AutoCloseable> extends ModuleInstance
    implements ExternalEventSource {
    /** Staged by {@link ExternalEvents#post} on the engine thread; read there too. */
    private final Queue<A> arrived = new ArrayDeque<>();
    private C client;

    /** The protocol's name as users know it ("MQTT"), for notices. */
    protected abstract String protocol();

    /**
     * Creates and starts the client (engine thread, realtime runs only). The client calls {@code deliver} from its own
     * threads; each call becomes one activation of this module.
     */
    protected abstract C connect(Consumer<A> deliver);

    @Override
    public final void attach(ExternalEvents events) {
        if (context() != null && context().mode() != RunMode.REALTIME) {
            context().noticeOnce(protocol().toLowerCase(Locale.ROOT) + "-historical:" + path(), name() + ": "
                + protocol() + " messages arrive only in realtime runs; nothing is received during a historical"
                + " replay");
            return;
        }
        client = connect(item -> events.post(this, () -> arrived.add(item)));
    }

    /** The next staged arrival, or null when the activation did not come from the client. */
    protected final A nextArrived() {
        return arrived.poll();
    }

    /** The client, while connected or trying to be (null before attach, in historical runs and after stop). */
    public final C client() {
        return client;
    }

    @Override
    public void onStop() {
        if (client != null) {
            try {
                client.close();
            } catch (Exception e) {
                context().listener().moduleWarning(this, protocol() + " client did not close cleanly: "
                    + e.getMessage());
            }
            client = null;
        }
    }

    /** Reset forgets arrivals not yet sent; the connection stays. */
    @Override
    public void clearState() {
        arrived.clear();
    }
}
