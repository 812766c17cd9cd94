package dev.rivulet.runtime.modules.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import dev.rivulet.runtime.testkit.MosquittoBroker;
import dev.rivulet.runtime.transport.mqtt.MqttClient;
import dev.rivulet.runtime.transport.mqtt.MqttClientOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MQTT module in realtime canvases, fed by a real mosquitto broker started by the test. */
class MqttModuleTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    @TempDir
    Path dir;

    private ModuleNode mqtt(String url, String topic) {
        ModuleNode m = b.add("mqtt");
        b.param(m, "URL", url).param(m, "topic", topic);
        return m;
    }

    private ModuleNode tableOf(ModuleNode m) {
        ModuleNode table = b.add("table");
        b.connect(m, "message", table, "in1");
        return table;
    }

    private static MqttClient publisher(MosquittoBroker broker) throws InterruptedException {
        MqttClient p = new MqttClient(MqttClientOptions.fromUrl(broker.url()), (t, payload, q, r) -> { }).start();
        assertThat(p.awaitConnected(WAIT)).isTrue();
        return p;
    }

    /** Waits until the module's client has its subscription in place, by publishing probes it must receive. */
    private static void awaitSubscribed(CanvasRun run, ModuleNode table, MqttClient publisher, String topic)
        throws Exception {
        for (int i = 0; i < 40 && run.rows(table).isEmpty(); i++) {
            publisher.publish(topic, "probe".getBytes(StandardCharsets.UTF_8), 1, false).get(10, TimeUnit.SECONDS);
            run.drainFor(Duration.ofMillis(100));
        }
        assertThat(run.rows(table)).isNotEmpty();
    }

    @Test
    void catalogueEntryMatchesStreamr() {
        DefinitionChecks.assertCatalogued("mqtt", 1034, "MQTT", "Integrations");
        ModuleNode node = CanvasRun.REGISTRY.newNode("mqtt", 1);
        ModuleInstance m = CanvasRun.REGISTRY.instantiate(node, new ArrayList<>());
        assertThat(m.param("password").isSecret()).isTrue();
        assertThat(m.param("certificate")).as("certificate appears only with certType .crt").isNull();
        assertThat(m.inputs()).isEmpty();
    }

    @Test
    void certTypeCrtAddsTheCertificateParameter() {
        ModuleNode m = b.add("mqtt");
        b.param(m, "certType", ".crt");
        assertThat(m.param("certificate")).isPresent();
    }

    @Test
    void messagesOnTheTopicEnterTheCanvasAsEventsOfTheirOwn() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir)) {
            ModuleNode m = mqtt(broker.url(), "sensors/#");
            ModuleNode table = tableOf(m);
            try (CanvasRun run = CanvasRun.realtime(b.build()).withExternalEvents();
                 MqttClient publisher = publisher(broker)) {
                run.start();
                awaitSubscribed(run, table, publisher, "sensors/probe");
                int probes = run.rows(table).size();

                publisher.publish("sensors/a", "21.5".getBytes(StandardCharsets.UTF_8), 0, false).get(10, TimeUnit.SECONDS);
                publisher.publish("elsewhere", "ignored".getBytes(StandardCharsets.UTF_8), 1, false).get(10, TimeUnit.SECONDS);
                publisher.publish("sensors/b", "{\"t\": \"ü\"}".getBytes(StandardCharsets.UTF_8), 1, false)
                    .get(10, TimeUnit.SECONDS);

                List<List<Object>> rows = run.awaitRows(table, probes + 2, WAIT);
                // one row per message: each message is its own event; the payload as UTF-8 text
                assertThat(rows.subList(probes, rows.size())).containsExactly(List.of("21.5"), List.of("{\"t\": \"ü\"}"));
                run.drainFor(Duration.ofMillis(200));
                assertThat(run.rows(table)).hasSize(probes + 2);
                assertThat(run.failures()).isEmpty();
            }
        }
    }

    @Test
    void aBrokerRestartIsAWarningAndMessagesFlowAgainAfterwards() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir)) {
            ModuleNode m = mqtt(broker.url(), "prices");
            ModuleNode table = tableOf(m);
            try (CanvasRun run = CanvasRun.realtime(b.build()).withExternalEvents()) {
                try (MqttClient publisher = publisher(broker)) {
                    run.start();
                    awaitSubscribed(run, table, publisher, "prices");
                }
                broker.restart();
                assertThat(run.drainUntil(() -> !run.warnings().isEmpty(), WAIT)).isTrue();
                assertThat(run.warnings().get(0)).contains("MQTT", "trying again in");
                int before = run.rows(table).size();
                try (MqttClient publisher = publisher(broker)) {
                    for (int i = 0; i < 40 && run.rows(table).size() == before; i++) {
                        publisher.publish("prices", "7".getBytes(StandardCharsets.UTF_8), 1, false).get(10, TimeUnit.SECONDS);
                        run.drainFor(Duration.ofMillis(100));
                    }
                }
                assertThat(run.rows(table).subList(before, run.rows(table).size())).contains(List.of("7"));
                assertThat(run.failures()).isEmpty();
            }
        }
    }

    @Test
    void certTypeCrtConnectsWithTlsTrustingTheGivenCertificate() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.startWithTls(dir)) {
            ModuleNode m = mqtt(broker.url(), "secure");
            b.param(m, "certType", ".crt").param(m, "certificate", broker.certificatePem());
            ModuleNode table = tableOf(m);
            MqttClientOptions publisherOptions = MqttClientOptions.fromUrl(broker.url())
                .withTrustedCertificate(broker.certificatePem());
            try (CanvasRun run = CanvasRun.realtime(b.build()).withExternalEvents();
                 MqttClient publisher = new MqttClient(publisherOptions, (t, p, q, r) -> { }).start()) {
                assertThat(publisher.awaitConnected(WAIT)).isTrue();
                run.start();
                awaitSubscribed(run, table, publisher, "secure");
                assertThat(run.rows(table).get(0)).containsExactly("probe");
                assertThat(run.failures()).isEmpty();
            }
        }
    }

    @Test
    void aRefusedLoginFailsTheModule() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.startWithLogin(dir, "analyst", "s3cret")) {
            ModuleNode m = mqtt(broker.url(), "x");
            b.param(m, "username", "analyst").param(m, "password", "wrong");
            tableOf(m);
            try (CanvasRun run = CanvasRun.realtime(b.build()).withExternalEvents()) {
                run.start();
                assertThat(run.drainUntil(() -> !run.failures().isEmpty(), WAIT)).isTrue();
                assertThat(run.failures().get(0)).contains("the broker refused the connection");
            }
        }
    }

    @Test
    void historicalRunsReceiveNothingAndSaySo() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir)) {
            ModuleNode m = mqtt(broker.url(), "x");
            ModuleNode table = tableOf(m);
            try (CanvasRun run = new CanvasRun(b.build()).withExternalEvents();
                 MqttClient publisher = publisher(broker)) {
                run.start();
                publisher.publish("x", "1".getBytes(StandardCharsets.UTF_8), 1, false).get(10, TimeUnit.SECONDS);
                run.drainFor(Duration.ofMillis(300));
                assertThat(run.rows(table)).isEmpty();
                assertThat(run.notices()).singleElement().asString().contains("only in realtime runs");
            }
        }
    }

    @Test
    void badParametersFailTheModuleWithAClearMessage() {
        ModuleNode noUrl = b.add("mqtt");
        b.param(noUrl, "topic", "a");
        ModuleNode badScheme = mqtt("http://broker", "a");
        ModuleNode noTopic = mqtt("mqtt://127.0.0.1:1", " ");
        ModuleNode badTopic = mqtt("mqtt://127.0.0.1:1", "a/#/b");
        ModuleNode badCert = mqtt("mqtts://127.0.0.1:1", "a");
        b.param(badCert, "certType", ".crt").param(badCert, "certificate", "not a certificate");
        CanvasRun run = new CanvasRun(b.build());
        run.start();
        assertThat(run.runtime().problems()).hasSize(5);
        assertThat(run.failures()).hasSize(5);
        assertThat(run.failures().get(0)).contains("URL: the broker address is empty");
        assertThat(run.failures().get(1)).contains("use mqtt://");
        assertThat(run.failures().get(2)).contains("give the topic to subscribe to");
        assertThat(run.failures().get(3)).contains("# must be a whole last level");
        assertThat(run.failures().get(4)).contains("certificate must be a PEM certificate");
    }
}
