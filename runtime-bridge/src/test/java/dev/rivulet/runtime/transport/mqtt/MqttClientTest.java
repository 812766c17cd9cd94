package dev.rivulet.runtime.transport.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.runtime.testkit.MosquittoBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MQTT client against a real mosquitto broker started by the test on 127.0.0.1. */
class MqttClientTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /** What a client saw, in order. */
    private static final class Recorder implements MqttListener {
        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void onMessage(String topic, byte[] payload, int qos, boolean retained) {
            messages.add(topic + " " + new String(payload, StandardCharsets.UTF_8) + " qos" + qos);
        }

        @Override
        public void onConnected(boolean reconnected) {
            events.add(reconnected ? "reconnected" : "connected");
        }

        @Override
        public void onDisconnected(String reason, Duration retryIn) {
            events.add("disconnected: " + reason);
        }

        @Override
        public void onRefused(String reason) {
            events.add("refused: " + reason);
        }

        String next() throws InterruptedException {
            return messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static MqttClientOptions fast(String url) {
        return MqttClientOptions.fromUrl(url).withReconnect(Duration.ofMillis(100), Duration.ofMillis(800));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void receivesQos0AndQos1MessagesOnAWildcardSubscription() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir)) {
            Recorder sub = new Recorder();
            try (MqttClient subscriber = new MqttClient(fast(broker.url()), sub);
                 MqttClient publisher = new MqttClient(fast(broker.url()), (t, p, q, r) -> { })) {
                subscriber.subscribe("sensors/+/temp", 1);
                subscriber.start();
                publisher.start();
                assertThat(subscriber.awaitConnected(WAIT)).isTrue();
                assertThat(publisher.awaitConnected(WAIT)).isTrue();
                // the subscription is granted after CONNACK; make sure it is in place before publishing
                subscriber.subscribe("sensors/+/temp", 1).get(10, TimeUnit.SECONDS);

                publisher.publish("sensors/a/temp", utf8("21.5"), 0, false).get(10, TimeUnit.SECONDS);
                publisher.publish("other/a/temp", utf8("not for us"), 1, false).get(10, TimeUnit.SECONDS);
                publisher.publish("sensors/b/temp", utf8("{\"t\": 22}"), 1, false).get(10, TimeUnit.SECONDS);

                assertThat(sub.next()).isEqualTo("sensors/a/temp 21.5 qos0");
                assertThat(sub.next()).isEqualTo("sensors/b/temp {\"t\": 22} qos1");
                assertThat(sub.messages.poll(300, TimeUnit.MILLISECONDS)).isNull();
                assertThat(sub.events).containsExactly("connected");
            }
        }
    }

    @Test
    void publishingWhileDisconnectedFailsAtOnce() {
        MqttClient client = new MqttClient(fast("mqtt://127.0.0.1:1"), (t, p, q, r) -> { });
        try {
            assertThatThrownBy(() -> client.publish("a", utf8("x"), 1, false).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasMessageContaining("not connected");
            assertThatThrownBy(() -> client.publish("a/#", utf8("x"), 0, false))
                .hasMessageContaining("a topic has no wildcards");
            assertThatThrownBy(() -> client.subscribe("a/b#", 0)).hasMessageContaining("# must be a whole last level");
            assertThatThrownBy(() -> client.subscribe("a", 2)).hasMessageContaining("QoS must be 0 or 1");
        } finally {
            client.close();
        }
    }

    @Test
    void aBrokerThatNeedsALoginRefusesAWrongPasswordAndAcceptsTheRightOne() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.startWithLogin(dir, "analyst", "s3cret")) {
            Recorder wrong = new Recorder();
            try (MqttClient client = new MqttClient(fast(broker.url()).withLogin("analyst", "nope"), wrong)) {
                client.start();
                String first = wrong.events.poll(10, TimeUnit.SECONDS);
                assertThat(first).startsWith("refused: the broker refused the connection");
                assertThat(client.isConnected()).isFalse();
            }
            Recorder right = new Recorder();
            try (MqttClient client = new MqttClient(fast(broker.url()).withLogin("analyst", "s3cret"), right)) {
                client.subscribe("alerts", 1);
                client.start();
                assertThat(client.awaitConnected(WAIT)).isTrue();
                client.subscribe("alerts", 1).get(10, TimeUnit.SECONDS);
                client.publish("alerts", utf8("hello"), 1, false).get(10, TimeUnit.SECONDS);
                assertThat(right.next()).isEqualTo("alerts hello qos1");
            }
        }
    }

    @Test
    void reconnectsAfterTheBrokerRestartsAndRenewsTheSubscription() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir)) {
            Recorder sub = new Recorder();
            try (MqttClient subscriber = new MqttClient(fast(broker.url()), sub)) {
                subscriber.subscribe("prices/#", 1);
                subscriber.start();
                assertThat(subscriber.awaitConnected(WAIT)).isTrue();

                broker.stop();
                assertThat(sub.events.poll(10, TimeUnit.SECONDS)).isEqualTo("connected");
                assertThat(sub.events.poll(10, TimeUnit.SECONDS)).startsWith("disconnected: connection lost");
                assertThat(subscriber.isConnected()).isFalse();
                broker.restart();

                String event;
                do {
                    event = sub.events.poll(10, TimeUnit.SECONDS);
                } while (event != null && event.startsWith("disconnected"));
                assertThat(event).isEqualTo("reconnected");
                assertThat(subscriber.awaitConnected(WAIT)).isTrue();

                try (MqttClient publisher = new MqttClient(fast(broker.url()), (t, p, q, r) -> { })) {
                    publisher.start();
                    assertThat(publisher.awaitConnected(WAIT)).isTrue();
                    // the renewed subscription may still be on its way: publish until it is seen
                    String got = null;
                    for (int i = 0; i < 20 && got == null; i++) {
                        publisher.publish("prices/abc", utf8("42"), 1, false).get(10, TimeUnit.SECONDS);
                        got = sub.messages.poll(250, TimeUnit.MILLISECONDS);
                    }
                    assertThat(got).isEqualTo("prices/abc 42 qos1");
                }
            }
        }
    }

    @Test
    void tlsConnectsWhenTheBrokersCertificateIsTrustedAndNotOtherwise() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.startWithTls(dir)) {
            Recorder untrusted = new Recorder();
            try (MqttClient client = new MqttClient(fast(broker.url()), untrusted)) {
                client.start();
                assertThat(untrusted.events.poll(10, TimeUnit.SECONDS)).startsWith("disconnected");
                assertThat(client.isConnected()).isFalse();
            }
            Recorder trusted = new Recorder();
            MqttClientOptions options = fast(broker.url()).withTrustedCertificate(broker.certificatePem());
            try (MqttClient client = new MqttClient(options, trusted)) {
                client.subscribe("secure/topic", 1);
                client.start();
                assertThat(client.awaitConnected(WAIT)).isTrue();
                client.subscribe("secure/topic", 1).get(10, TimeUnit.SECONDS);
                client.publish("secure/topic", utf8("over TLS"), 1, false).get(10, TimeUnit.SECONDS);
                assertThat(trusted.next()).isEqualTo("secure/topic over TLS qos1");
            }
        }
    }

    @Test
    void brokerAddressesAreParsedWithTheirDefaultPorts() {
        assertThat(MqttClientOptions.fromUrl("mqtt://broker.example.com")).satisfies(o -> {
            assertThat(o.host()).isEqualTo("broker.example.com");
            assertThat(o.port()).isEqualTo(1883);
            assertThat(o.tls()).isFalse();
        });
        assertThat(MqttClientOptions.fromUrl("tcp://10.0.0.5:1884").port()).isEqualTo(1884);
        assertThat(MqttClientOptions.fromUrl("ssl://broker.example.com")).satisfies(o -> {
            assertThat(o.port()).isEqualTo(8883);
            assertThat(o.tls()).isTrue();
        });
        assertThat(MqttClientOptions.fromUrl("localhost:1999").port()).isEqualTo(1999);
        assertThat(MqttClientOptions.fromUrl("mqtt://h").clientId()).startsWith("rivulet-");
        assertThat(MqttClientOptions.fromUrl("mqtt://h").withLogin("u", "secret").toString())
            .contains("u").doesNotContain("secret");
        assertThatThrownBy(() -> MqttClientOptions.fromUrl("http://h")).hasMessageContaining("use mqtt://");
        assertThatThrownBy(() -> MqttClientOptions.fromUrl(" ")).hasMessageContaining("empty");
    }
}
