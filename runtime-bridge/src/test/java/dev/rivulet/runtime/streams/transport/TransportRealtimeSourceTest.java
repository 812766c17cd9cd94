package dev.rivulet.runtime.streams.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.UiSink;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.Engine;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.StreamUsages;
import dev.rivulet.runtime.streams.mqtt.MqttStreamTransport;
import dev.rivulet.runtime.testkit.MosquittoBroker;
import dev.rivulet.runtime.transport.mqtt.MqttClientOptions;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Realtime runs of a canvas with a Stream module fed by the stream's own transport: in-process and real mosquitto. */
class TransportRealtimeSourceTest {
    private static final ModuleRegistry MODULES = ModuleRegistry.load();

    @TempDir
    Path dir;

    private StreamRegistry registry;
    private TransportSettings settings;
    private InProcessBroker broker;
    private TransportPool pool;
    private final Recorder rec = new Recorder();

    @BeforeEach
    void open() {
        registry = new StreamRegistry(Databases.open(DataDirectory.open(Optional.of(dir.resolve("data")))).streams(),
            StreamUsages.NONE, Clock.systemUTC());
        settings = new TransportSettings(registry, new SecretStore(dir.resolve("data/secrets"), new SecureRandom(),
            Clock.systemUTC()));
        broker = new InProcessBroker(null, 1000);
        pool = new TransportPool(broker, 100);
    }

    @AfterEach
    void close() {
        pool.close();
        broker.close();
    }

    private static CanvasDocument streamToTable(String streamId, List<Integer> partitions, ModuleNode[] table) {
        CanvasBuilder b = new CanvasBuilder(MODULES);
        ModuleNode s = b.stream(streamId, "v:Double");
        if (!partitions.isEmpty()) {
            s.putExtra("partitions", partitions);
        }
        table[0] = b.add("table");
        b.connect(s, "v", table[0], "in1");
        return b.build();
    }

    private StreamId define(String id, int partitions) {
        StreamId sid = StreamId.parse(id);
        registry.create(StreamDefinition.of(sid, id).withFields(List.of(new FieldDefinition("v", FieldType.NUMBER)))
            .withPartitions(partitions));
        return sid;
    }

    @Test
    void aRunReceivesMessagesPublishedOnTheInProcessBroker() throws Exception {
        StreamId id = define("local/temp", 1);
        ModuleNode[] table = new ModuleNode[1];
        MessageChain chain = new MessageChain("test", "c");
        try (Engine engine = new EmbeddedEngine(MODULES)) {
            RunHandle run = engine.start(RunRequest.realtime(streamToTable(id.toString(), List.of(), table))
                .source(new TransportRealtimeSource(registry, settings, pool)).ui(rec).listener(rec).build());
            await(() -> {
                broker.publish(chain.next(id, 0, System.currentTimeMillis(), Map.of("v", 1.0)));
                return !rec.rows(table[0]).isEmpty();
            }, "first in-process message");
            broker.publish(chain.next(id, 0, System.currentTimeMillis(), Map.of("v", 42.0)));
            await(() -> rec.rows(table[0]).stream().anyMatch(r -> r.get(0).equals(42.0)), "42 reaches the table");
            run.stop();
            assertThat(run.await(Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void aRunReceivesItsPartitionOfAStreamPublishedOverMqttWithLoginAndRejectsForgedMessages() throws Exception {
        try (MosquittoBroker mosquitto = MosquittoBroker.startWithLogin(dir, "rivulet", "pw-9d2c")) {
            StreamId id = define("sensors/temp", 2);
            settings.set(id, new TransportChoice.Mqtt(mosquitto.url(), "rivulet", "pw-9d2c", ""));
            ModuleNode[] table = new ModuleNode[1];
            MessageChain chain = new MessageChain("sensor", "c");
            try (Engine engine = new EmbeddedEngine(MODULES);
                 MqttStreamTransport publisher = MqttStreamTransport.rivulet(MqttClientOptions.fromUrl(mosquitto.url())
                     .withLogin("rivulet", "pw-9d2c"), 100)) {
                RunHandle run = engine.start(RunRequest.realtime(streamToTable(id.toString(), List.of(1), table))
                    .source(new TransportRealtimeSource(registry, settings, pool)).ui(rec).listener(rec).build());
                assertThat(publisher.awaitConnected(Duration.ofSeconds(10))).isTrue();
                // the run's subscription is granted asynchronously: publish until the first message arrives
                await(() -> {
                    publisher.publish(chain.next(id, 1, System.currentTimeMillis(), Map.of("v", 1.0))).join();
                    return !rec.rows(table[0]).isEmpty();
                }, "first MQTT message");
                publisher.publish(chain.next(id, 0, System.currentTimeMillis(), Map.of("v", 500.0))).join();
                StreamMessage forged = new StreamMessage(id, 1, System.currentTimeMillis(), 0,
                    "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "x", Map.of("v", 666.0),
                    new StreamMessage.Signature("ECDSA_SECP256K1_LEGACY", "0x" + "11".repeat(65)));
                publisher.publish(forged).join();
                publisher.publish(chain.next(id, 1, System.currentTimeMillis(), Map.of("v", 7.0))).join();
                await(() -> rec.rows(table[0]).stream().anyMatch(r -> r.get(0).equals(7.0)), "7 reaches the table");
                await(() -> rec.notices.stream().anyMatch(n -> n.contains("rejected 1 message")), "rejection notice");
                assertThat(rec.rows(table[0])).noneMatch(r -> r.get(0).equals(500.0))
                    .as("partition 0 is not subscribed").noneMatch(r -> r.get(0).equals(666.0));
                run.stop();
                assertThat(run.await(Duration.ofSeconds(10))).isTrue();
            }
            assertThat(pool.status(settings.get(id)).describe()).contains("connected").contains("of 100 queued");
        }
    }

    @Test
    void anMqttChoiceWithTlsTrustsTheGivenCertificateFileAndFeedsARun() throws Exception {
        try (MosquittoBroker mosquitto = MosquittoBroker.startWithTls(dir)) {
            java.nio.file.Path ca = dir.resolve("broker-ca.pem");
            java.nio.file.Files.writeString(ca, mosquitto.certificatePem());
            StreamId id = define("secure/temp", 1);
            TransportChoice choice = new TransportChoice.Mqtt(mosquitto.url(), "", "", ca.toString());
            settings.set(id, choice);
            assertThat(settings.get(id)).isEqualTo(choice);
            ModuleNode[] table = new ModuleNode[1];
            MessageChain chain = new MessageChain("sensor", "c");
            try (Engine engine = new EmbeddedEngine(MODULES)) {
                RunHandle run = engine.start(RunRequest.realtime(streamToTable(id.toString(), List.of(), table))
                    .source(new TransportRealtimeSource(registry, settings, pool)).ui(rec).listener(rec).build());
                await(() -> {
                    pool.transportFor(choice).publish(chain.next(id, 0, System.currentTimeMillis(),
                        Map.of("v", 3.0))).join();
                    return !rec.rows(table[0]).isEmpty();
                }, "first message over TLS");
                run.stop();
                assertThat(run.await(Duration.ofSeconds(10))).isTrue();
            }
            assertThat(pool.status(choice).describe()).contains("mqtts://").contains("connected");
        }
    }

    @Test
    void aRunOfACanvasWhoseStreamWasDeletedSaysSoForTheModule() throws Exception {
        StreamId id = define("gone/soon", 1);
        registry.delete(id, true);
        ModuleNode[] table = new ModuleNode[1];
        try (Engine engine = new EmbeddedEngine(MODULES)) {
            RunHandle run = engine.start(RunRequest.realtime(streamToTable(id.toString(), List.of(), table))
                .source(new TransportRealtimeSource(registry, settings, pool)).ui(rec).listener(rec).build());
            await(() -> !rec.notices.isEmpty(), "a notice");
            run.stop();
            assertThat(run.await(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(rec.notices).anyMatch(n -> n.contains("gone/soon") && n.contains("does not exist")
            && n.contains("deleted"));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting: " + what);
            }
            Thread.sleep(20);
        }
    }

    /** What the run shows in tables and tells its listener. */
    static final class Recorder implements UiSink, RunListener {
        private final List<Object[]> rows = new CopyOnWriteArrayList<>();
        final List<String> notices = new CopyOnWriteArrayList<>();

        @Override
        public void publish(ModuleInstance module, UiMessage message) {
            if (message instanceof UiMessage.TableRow r) {
                rows.add(new Object[] {module.hash(), r.values()});
            }
        }

        @Override
        public void moduleFailed(ModuleInstance module, String message) {
            notices.add(module.name() + ": " + message);
        }

        @Override
        public void notice(String message) {
            notices.add(message);
        }

        @SuppressWarnings("unchecked")
        List<List<Object>> rows(ModuleNode table) {
            return rows.stream().filter(r -> (int) r[0] == table.hash).map(r -> (List<Object>) r[1]).toList();
        }
    }
}
