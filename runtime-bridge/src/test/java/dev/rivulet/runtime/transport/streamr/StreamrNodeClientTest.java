package dev.rivulet.runtime.transport.streamr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The Streamr node client against a loopback server implementing the node's documented plugin APIs. */
class StreamrNodeClientTest {
    private static final String STREAM = "0xa3d1f77acff0060f7213d7bf3c7fec78df847de1/cars/speed";
    private static final Duration FAST = Duration.ofMillis(50);

    private final List<NodeMessage> received = new CopyOnWriteArrayList<>();
    private final List<String> states = new CopyOnWriteArrayList<>();

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(10);
        }
    }

    private StreamrNodeClient client(LoopbackStreamrNode node, String key) {
        return new StreamrNodeClient(node.endpoint(key), FAST, Duration.ofMillis(400));
    }

    private StreamrSubscription subscribe(StreamrNodeClient c, Set<Integer> partitions, LoopbackStreamrNode node)
        throws InterruptedException {
        StreamrSubscription s = c.subscribe(STREAM, partitions, received::add, (st, why) -> states.add(st + ": " + why));
        await(() -> s.state() == ConnectionState.CONNECTED && node.subscriberCount() == 1, "subscribed");
        return s;
    }

    @Test
    void publishesAndReceivesOverTheWebSocketPluginWithAnApiKey() throws Exception {
        try (LoopbackStreamrNode node = new LoopbackStreamrNode(Set.of("k1"), false, 1)) {
            StreamrNodeClient c = client(node, "k1");
            try (StreamrSubscription s = subscribe(c, Set.of(), node);
                 StreamrPublisher p = c.publisher(STREAM, PartitionChoice.DEFAULT, false, 100, (st, why) -> { })) {
                await(() -> p.state() == ConnectionState.CONNECTED, "publisher connected");
                p.publish(Map.of("speed", 50, "car", "A"));
                await(() -> received.size() == 1, "message");
                assertThat(received.get(0).content()).isEqualTo(Map.of("speed", 50, "car", "A"));
                assertThat(received.get(0).metadata()).isEmpty();
                assertThat(s.received()).isEqualTo(1);
            }
        }
    }

    @Test
    void payloadMetadataCarriesTheTimestampAndMessageChain() throws Exception {
        try (LoopbackStreamrNode node = new LoopbackStreamrNode(Set.of(), true, 1)) {
            StreamrNodeClient c = client(node, null);
            try (StreamrSubscription s = subscribe(c, Set.of(), node);
                 StreamrPublisher p = c.publisher(STREAM, PartitionChoice.DEFAULT, true, 100, (st, why) -> { })) {
                await(() -> p.state() == ConnectionState.CONNECTED, "publisher connected");
                p.publish(Map.of("speed", 1), 1_700_000_000_123L);
                await(() -> received.size() == 1, "message");
                NodeMessage.Metadata m = received.get(0).metadata().orElseThrow();
                assertThat(received.get(0).content()).isEqualTo(Map.of("speed", 1));
                assertThat(m.timestamp()).isEqualTo(1_700_000_000_123L);
                assertThat(m.msgChainId()).isNotBlank();
                assertThat(m.publisherId()).startsWith("0x");
            }
        }
    }

    @Test
    void aSubscriberGetsOnlyThePartitionsItAskedFor() throws Exception {
        try (LoopbackStreamrNode node = new LoopbackStreamrNode(Set.of(), false, 3)) {
            StreamrNodeClient c = client(node, null);
            try (StreamrSubscription s = subscribe(c, Set.of(1), node);
                 StreamrPublisher p1 = c.publisher(STREAM, new PartitionChoice.Fixed(1), false, 10, (a, b) -> { });
                 StreamrPublisher p2 = c.publisher(STREAM, new PartitionChoice.Fixed(2), false, 10, (a, b) -> { })) {
                await(() -> p1.state() == ConnectionState.CONNECTED && p2.state() == ConnectionState.CONNECTED, "up");
                p2.publish(Map.of("n", 2));
                p1.publish(Map.of("n", 1));
                await(() -> node.published().size() == 2, "both accepted");
                await(() -> received.size() == 1, "partition 1 message");
                Thread.sleep(100);
                assertThat(received).extracting(NodeMessage::content).containsExactly(Map.of("n", 1));
            }
        }
    }

    @Test
    void aMissingOrWrongApiKeyFailsForGoodWithTheReason() throws Exception {
        try (LoopbackStreamrNode node = new LoopbackStreamrNode(Set.of("right"), false, 1)) {
            try (StreamrSubscription none = client(node, null).subscribe(STREAM, Set.of(), received::add,
                (st, why) -> states.add(st + ": " + why))) {
                await(() -> none.state() == ConnectionState.FAILED && !states.isEmpty(), "refused");
                assertThat(states).anyMatch(s -> s.contains("needs an API key") && s.contains("401"));
            }
            states.clear();
            try (StreamrSubscription wrong = client(node, "wrong").subscribe(STREAM, Set.of(), received::add,
                (st, why) -> states.add(st + ": " + why))) {
                await(() -> wrong.state() == ConnectionState.FAILED && !states.isEmpty(), "refused");
                assertThat(states).anyMatch(s -> s.contains("refused the API key") && s.contains("403"))
                    .noneMatch(s -> s.contains("wrong"));
            }
        }
    }

    @Test
    void httpPluginPublishesWithBearerAuthTimestampAndPartitionKey() throws Exception {
        try (LoopbackStreamrNode node = new LoopbackStreamrNode(Set.of("k"), true, 5)) {
            StreamrNodeClient c = client(node, "k");
            try (StreamrSubscription s = subscribe(c, Set.of(), node)) {
                c.publishHttp(STREAM, Map.of("temp", 21.5), 1_700_000_000_000L, new PartitionChoice.Key("helsinki"));
                await(() -> received.size() == 1, "message");
                assertThat(received.get(0).metadata().orElseThrow().timestamp()).isEqualTo(1_700_000_000_000L);
                assertThat(node.published()).containsExactly(
                    STREAM + "#" + Math.floorMod("helsinki".hashCode(), 5) + " {\"temp\":21.5}");
            }
            assertThatThrownBy(() -> client(node, "nope").publishHttp(STREAM, Map.of("a", 1), null,
                PartitionChoice.DEFAULT)).isInstanceOf(StreamrNodeException.class)
                .hasMessageContaining("refused the API key").hasMessageContaining("403")
                .satisfies(e -> assertThat(((StreamrNodeException) e).status()).isEqualTo(403));
            assertThatThrownBy(() -> c.publishHttp(STREAM, Map.of("a", 1), null, new PartitionChoice.KeyField("a")))
                .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anUnreachableNodeIsAClearError() throws Exception {
        StreamrNodeEndpoint nowhere;
        try (LoopbackStreamrNode node = new LoopbackStreamrNode(Set.of(), false, 1)) {
            nowhere = node.endpoint(null);
        }
        assertThatThrownBy(() -> new StreamrNodeClient(nowhere).publishHttp(STREAM, Map.of("a", 1), null,
            PartitionChoice.DEFAULT)).isInstanceOf(StreamrNodeException.class).hasMessageContaining("could not reach");
    }

    @Test
    void aDroppedSubscriptionReconnectsAndResubscribes() throws Exception {
        try (LoopbackStreamrNode node = new LoopbackStreamrNode(Set.of(), false, 1)) {
            StreamrNodeClient c = client(node, null);
            try (StreamrSubscription s = subscribe(c, Set.of(), node)) {
                node.dropConnections();
                await(() -> states.stream().anyMatch(st -> st.startsWith("RECONNECTING")), "noticed the drop");
                await(() -> s.state() == ConnectionState.CONNECTED && node.subscriberCount() == 1, "resubscribed");
                c.publishHttp(STREAM, Map.of("after", true), null, PartitionChoice.DEFAULT);
                await(() -> received.size() == 1, "message after reconnect");
                assertThat(received.get(0).content()).isEqualTo(Map.of("after", true));
            }
        }
    }

    @Test
    void whileTheNodeIsDownPublishesQueueUpToTheBoundThenRefuseAndTheQueueDrainsInOrder() throws Exception {
        try (LoopbackStreamrNode node = new LoopbackStreamrNode(Set.of(), false, 1)) {
            StreamrNodeClient c = client(node, null);
            try (StreamrPublisher p = c.publisher(STREAM, PartitionChoice.DEFAULT, false, 2, (a, b) -> { })) {
                await(() -> p.state() == ConnectionState.CONNECTED, "connected");
                Thread restart = new Thread(() -> {
                    try {
                        node.restart(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                restart.start();
                await(() -> p.state() != ConnectionState.CONNECTED, "noticed the node going down");
                p.publish(Map.of("n", 1));
                p.publish(Map.of("n", 2));
                assertThat(p.queued()).isEqualTo(2);
                assertThatThrownBy(() -> p.publish(Map.of("n", 3))).isInstanceOf(StreamrNodeException.class)
                    .hasMessageContaining("not reachable").hasMessageContaining("bound is 2")
                    .hasMessageContaining("not published");
                restart.join();
                await(() -> p.queued() == 0 && node.published().size() == 2, "queue drained");
                assertThat(node.published()).containsExactly(STREAM + "#0 {\"n\":1}", STREAM + "#0 {\"n\":2}");
                assertThat(p.sent()).isEqualTo(2);
            }
        }
    }
}
