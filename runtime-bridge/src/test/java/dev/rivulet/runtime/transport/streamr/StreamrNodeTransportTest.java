package dev.rivulet.runtime.transport.streamr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.node.StreamrNodeTransport;
import dev.rivulet.runtime.streams.transport.ConnectionState;
import dev.rivulet.runtime.streams.transport.StreamTransport;
import dev.rivulet.runtime.streams.transport.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The StreamTransport over a Streamr node, against the loopback node implementing the documented plugin API. */
class StreamrNodeTransportTest {
    private static final StreamId CARS = StreamId.parse("0xa3d1f77acff0060f7213d7bf3c7fec78df847de1/cars");

    private final List<StreamMessage> received = new CopyOnWriteArrayList<>();

    private static void await(BooleanSupplier c, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(10);
        }
    }

    private static StreamrNodeClient client(LoopbackStreamrNode node) {
        return new StreamrNodeClient(node.endpoint("key"), Duration.ofMillis(50), Duration.ofMillis(300));
    }

    private static StreamMessage message(int partition, long ts, Map<String, Object> content) {
        return new StreamMessage(CARS, partition, ts, 0, "me", "c", content, null);
    }

    @Test
    void messagesKeepTheirTimestampAndPartitionThroughTheNode() throws Exception {
        try (LoopbackStreamrNode node = new LoopbackStreamrNode(Set.of("key"), true, 3);
             StreamTransport t = new StreamrNodeTransport(client(node), true, 100)) {
            try (Subscription s = t.subscribe(CARS, Set.of(1, 2), received::add)) {
                await(() -> node.subscriberCount() == 2 && t.state() == ConnectionState.CONNECTED, "subscribed");
                t.publish(message(2, 1_700_000_000_500L, Map.of("speed", 5))).join();
                t.publish(message(0, 1_700_000_000_600L, Map.of("speed", 6))).join();
                t.publish(message(1, 1_700_000_000_700L, Map.of("speed", 7))).join();
                await(() -> received.size() == 2 && node.published().size() == 3, "two of three partitions");
                assertThat(received).extracting(StreamMessage::partition).containsExactlyInAnyOrder(2, 1);
                StreamMessage two = received.stream().filter(m -> m.partition() == 2).findFirst().orElseThrow();
                assertThat(two.timestamp()).isEqualTo(1_700_000_000_500L);
                assertThat(two.content()).isEqualTo(Map.of("speed", 5));
                assertThat(two.chainId()).isNotBlank();
                assertThat(s.delivered()).isEqualTo(2);
            }
        }
    }

    @Test
    void aFullOfflineQueueFailsThePublishWithTheReason() throws Exception {
        StreamrNodeEndpoint gone;
        try (LoopbackStreamrNode node = new LoopbackStreamrNode(Set.of(), false, 1)) {
            gone = node.endpoint(null);
        }
        try (StreamrNodeTransport t = new StreamrNodeTransport(
            new StreamrNodeClient(gone, Duration.ofMillis(50), Duration.ofMillis(300)), false, 1)) {
            CompletableFuture<Void> first = t.publish(message(0, 1, Map.of("n", 1)));
            CompletableFuture<Void> second = t.publish(message(0, 2, Map.of("n", 2)));
            assertThat(first).isCompleted();
            assertThat(t.queued()).isEqualTo(1);
            assertThat(second).isCompletedExceptionally();
            assertThat(second.handle((ok, e) -> e.getMessage()).join()).contains("not reachable").contains("bound is 1");
            await(() -> t.state() == ConnectionState.RECONNECTING, "reports reconnecting");
        }
    }
}
