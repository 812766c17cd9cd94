package dev.rivulet.runtime.streams.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.transport.ConnectionState;
import dev.rivulet.runtime.streams.transport.Subscription;
import dev.rivulet.runtime.testkit.MosquittoBroker;
import dev.rivulet.runtime.transport.mqtt.MqttClient;
import dev.rivulet.runtime.transport.mqtt.MqttClientOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streams over a real mosquitto broker on 127.0.0.1. */
class MqttStreamTransportTest {
    private static final StreamId CARS = StreamId.parse("0xa3d1f77acff0060f7213d7bf3c7fec78df847de1/cars/speed");

    @TempDir
    Path dir;

    private final List<StreamMessage> received = new CopyOnWriteArrayList<>();

    private static MqttClientOptions options(MosquittoBroker broker) {
        return MqttClientOptions.fromUrl(broker.url()).withReconnect(Duration.ofMillis(50), Duration.ofMillis(300));
    }

    private static StreamMessage message(int partition, long ts, long seq, Map<String, Object> content) {
        return new StreamMessage(CARS, partition, ts, seq, "0xpublisher", "chain-1", content,
            new StreamMessage.Signature("ECDSA_SECP256K1_EVM", "0xabcd"));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void messagesCrossTheBrokerWithTheirIdsContentAndSignature() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir);
             MqttStreamTransport sub = MqttStreamTransport.rivulet(options(broker), 100);
             MqttStreamTransport pub = MqttStreamTransport.rivulet(options(broker), 100)) {
            assertThat(sub.awaitConnected(Duration.ofSeconds(10))).isTrue();
            assertThat(pub.awaitConnected(Duration.ofSeconds(10))).isTrue();
            try (Subscription s = sub.subscribe(CARS, Set.of(), received::add)) {
                StreamMessage m = message(0, 1_700_000_000_000L, 3, Map.of("speed", 88.5, "car", "car-01"));
                // the subscription is granted asynchronously: publish until the first arrives
                await(() -> {
                    pub.publish(m).join();
                    return !received.isEmpty();
                }, "first message");
                StreamMessage got = received.get(0);
                assertThat(got).isEqualTo(m);
                assertThat(s.delivered()).isPositive();
            }
        }
    }

    @Test
    void aSubscriberGetsOnlyItsPartitions() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir);
             MqttStreamTransport t = MqttStreamTransport.rivulet(options(broker), 100)) {
            assertThat(t.awaitConnected(Duration.ofSeconds(10))).isTrue();
            t.subscribe(CARS, Set.of(2), received::add);
            await(() -> {
                t.publish(message(1, 1, 0, Map.of("p", 1))).join();
                t.publish(message(2, 2, 0, Map.of("p", 2))).join();
                return !received.isEmpty();
            }, "partition 2");
            assertThat(received).allMatch(m -> m.partition() == 2 && m.content().equals(Map.of("p", 2)));
        }
    }

    @Test
    void whileTheBrokerIsDownMessagesQueueToTheBoundAndArriveInOrderAfterItReturns() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir);
             MqttStreamTransport sub = MqttStreamTransport.rivulet(options(broker), 10);
             // MQTT sessions here are clean: a subscriber away from the broker misses what is sent meanwhile, so the
             // publisher retries slowly enough for the subscriber to be back first
             MqttStreamTransport pub = MqttStreamTransport.rivulet(MqttClientOptions.fromUrl(broker.url())
                 .withReconnect(Duration.ofMillis(2_000), Duration.ofMillis(2_000)), 2)) {
            assertThat(sub.awaitConnected(Duration.ofSeconds(10))).isTrue();
            assertThat(pub.awaitConnected(Duration.ofSeconds(10))).isTrue();
            sub.subscribe(CARS, Set.of(), received::add);
            await(() -> {
                pub.publish(message(0, 0, 0, Map.of("warmup", true))).join();
                return !received.isEmpty();
            }, "subscription up");
            broker.stop();
            await(() -> pub.state() != ConnectionState.CONNECTED && sub.state() != ConnectionState.CONNECTED,
                "both noticed the broker going away");
            received.clear();
            CompletableFuture<Void> first = pub.publish(message(0, 10, 0, Map.of("n", 1)));
            CompletableFuture<Void> second = pub.publish(message(0, 11, 0, Map.of("n", 2)));
            CompletableFuture<Void> third = pub.publish(message(0, 12, 0, Map.of("n", 3)));
            assertThat(pub.queued()).isEqualTo(2);
            assertThat(third).isCompletedExceptionally();
            assertThat(third.handle((ok, e) -> e.getMessage()).join()).contains("not reachable")
                .contains("bound is 2").contains("not published");

            broker.restart();
            await(() -> first.isDone() && second.isDone(), "queued messages sent after the broker came back");
            assertThat(first).isCompleted();
            await(() -> received.size() == 2, "resubscribed subscriber got both");
            assertThat(received).extracting(m -> m.content().get("n")).containsExactly(1, 2);
            assertThat(pub.queued()).isZero();
        }
    }

    @Test
    void speaksTheStreamrNodeMqttConventionsTopicIsTheStreamIdAndPayloadTheContent() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir);
             MqttStreamTransport t = MqttStreamTransport.streamrNode(options(broker), 10)) {
            List<String> raw = new CopyOnWriteArrayList<>();
            try (MqttClient probe = new MqttClient(options(broker),
                (topic, payload, qos, retained) -> raw.add(topic + " " + new String(payload, StandardCharsets.UTF_8)))) {
                probe.subscribe("#", 0);
                probe.start();
                assertThat(probe.awaitConnected(Duration.ofSeconds(10))).isTrue();
                assertThat(t.awaitConnected(Duration.ofSeconds(10))).isTrue();
                t.subscribe(CARS, Set.of(), received::add);
                await(() -> {
                    t.publish(message(0, 5, 0, Map.of("speed", 10))).join();
                    return !received.isEmpty() && !raw.isEmpty();
                }, "round trip");
                assertThat(raw).contains(CARS + " {\"speed\":10}");
                assertThat(received.get(0).content()).isEqualTo(Map.of("speed", 10));
                assertThat(received.get(0).streamId()).isEqualTo(CARS);
                // another publisher's malformed payload is counted, not delivered
                probe.publish(CARS.toString(), "[1,2]".getBytes(StandardCharsets.UTF_8), 1, false).get(5, TimeUnit.SECONDS);
                await(() -> t.malformed() == 1, "malformed counted");
            }
        }
    }

    @Test
    void aRefusedLoginIsReportedWithTheBrokersReason() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.startWithLogin(dir, "analyst", "right")) {
            List<String> states = new CopyOnWriteArrayList<>();
            try (MqttStreamTransport t = MqttStreamTransport.rivulet(options(broker).withLogin("analyst", "wrong"), 5)) {
                t.addConnectionListener((state, why) -> states.add(state + " " + why));
                await(() -> states.stream().anyMatch(s -> s.startsWith("DISCONNECTED")), "refused");
                assertThat(t.publish(message(0, 1, 0, Map.of("a", 1)))).isNotCompletedExceptionally();
                assertThat(t.queued()).isEqualTo(1);
            }
            assertThat(states).last().asString().startsWith("CLOSED");
        }
    }
}
