package dev.rivulet.runtime.transport.streamr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.transport.ConnectionState;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.streams.transport.TransportChoice;
import dev.rivulet.runtime.streams.transport.TransportPool;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The pool's Streamr node choice against the loopback node: the API key is used, one transport per choice. */
class TransportPoolStreamrNodeTest {
    private static final StreamId CARS = StreamId.parse("0xa3d1f77acff0060f7213d7bf3c7fec78df847de1/cars");

    private static void await(BooleanSupplier c, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aNodeChoiceWithItsKeyPublishesAndSubscribesAndAWrongKeyIsShownAsRefused() throws Exception {
        List<StreamMessage> received = new CopyOnWriteArrayList<>();
        try (LoopbackStreamrNode node = new LoopbackStreamrNode(Set.of("right-key"), true, 1);
             InProcessBroker broker = new InProcessBroker(null, 10);
             TransportPool pool = new TransportPool(broker, 50)) {
            String url = node.endpoint(null).webSocketBase().toString();
            TransportChoice good = new TransportChoice.StreamrNode(url, "right-key");
            assertThat(pool.transportFor(good)).isSameAs(pool.transportFor(good));
            pool.transportFor(good).subscribe(CARS, Set.of(0), received::add);
            await(() -> node.subscriberCount() == 1, "subscribed with the key");
            pool.transportFor(good).publish(new StreamMessage(CARS, 0, 1_700_000_000_000L, 0, "me", "c",
                Map.of("speed", 5), null)).join();
            await(() -> received.size() == 1, "message back from the node");
            assertThat(received.get(0).content()).isEqualTo(Map.of("speed", 5));
            assertThat(pool.status(good).state()).isEqualTo(ConnectionState.CONNECTED);

            TransportChoice bad = new TransportChoice.StreamrNode(url, "wrong-key");
            pool.transportFor(bad).subscribe(CARS, Set.of(0), m -> { });
            await(() -> pool.status(bad).state() == ConnectionState.DISCONNECTED, "refused");
            assertThat(pool.status(bad).describe()).contains("disconnected").doesNotContain("wrong-key");
        }
    }
}
