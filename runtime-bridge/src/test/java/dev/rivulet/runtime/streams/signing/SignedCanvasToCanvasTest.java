package dev.rivulet.runtime.streams.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.UiSink;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.Engine;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.modules.streams.StreamModules;
import dev.rivulet.runtime.modules.streams.StreamServices;
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
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.streams.transport.TransportPool;
import dev.rivulet.runtime.streams.transport.TransportRealtimeSource;
import dev.rivulet.runtime.streams.transport.TransportSettings;
import dev.rivulet.wallet.DefaultWalletService;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One realtime canvas publishes with SendToStream, signed under the wallet's grant; another canvas's Stream module
 * receives the verified messages through the same host's transports; the schema gives the Stream module its outputs.
 */
class SignedCanvasToCanvasTest {
    private static final StreamId ALERTS = StreamId.parse("plant/alerts");

    @TempDir
    Path dir;

    @Test
    void aCanvasPublishesSignedMessagesThatAnotherCanvasReceivesVerified() throws Exception {
        StreamRegistry registry = new StreamRegistry(Databases.open(DataDirectory.open(Optional.of(dir.resolve("d"))))
            .streams(), StreamUsages.NONE, Clock.systemUTC());
        registry.create(StreamDefinition.of(ALERTS, "Alerts").withFields(List.of(
            new FieldDefinition("level", FieldType.NUMBER))));
        TransportSettings settings = new TransportSettings(registry, new SecretStore(dir.resolve("d/secrets"),
            new SecureRandom(), Clock.systemUTC()));
        List<StreamMessage> onTheWire = new CopyOnWriteArrayList<>();
        List<Object> received = new CopyOnWriteArrayList<>();
        try (DefaultWalletService wallet = TestWallet.open(dir.resolve("wallet"));
             InProcessBroker broker = new InProcessBroker(null, 1000);
             TransportPool pool = new TransportPool(broker, 100)) {
            wallet.streamSigningGrants().grant(ALERTS.toString(), TestWallet.ACCOUNT_1);
            SigningPublisher publisher = new SigningPublisher(new WalletStreamSigners(() -> Optional.of(wallet)),
                "canvas");
            ModuleRegistry modules = StreamModules.bind(ModuleRegistry.load(), StreamServices.perStream(
                () -> registry, id -> pool.transportFor(settings.get(id)), publisher));
            broker.subscribe(ALERTS, Set.of(), onTheWire::add);

            CanvasBuilder reader = new CanvasBuilder(modules);
            ModuleNode stream = reader.add("stream");
            reader.param(stream, "stream", ALERTS.toString());
            ModuleNode table = reader.add("table");
            reader.connect(stream, "level", table, "in1");

            CanvasBuilder writer = new CanvasBuilder(modules);
            ModuleNode clock = writer.add("clock");
            ModuleNode send = writer.add("send-to-stream");
            writer.param(send, "stream", ALERTS.toString());
            writer.connect(clock, "timestamp", send, "level");

            UiSink rows = new UiSink() {
                @Override
                public void publish(ModuleInstance module, UiMessage message) {
                    if (message instanceof UiMessage.TableRow r) {
                        received.add(r.values().get(0));
                    }
                }
            };
            RunListener quiet = new RunListener() {
            };
            try (Engine engine = new EmbeddedEngine(modules)) {
                RunHandle in = engine.start(RunRequest.realtime(reader.build())
                    .source(new TransportRealtimeSource(registry, settings, pool)).ui(rows).listener(quiet).build());
                RunHandle out = engine.start(RunRequest.realtime(writer.build()).listener(quiet).build());
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (received.size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                out.stop();
                in.stop();
            }
        }
        assertThat(received).hasSizeGreaterThanOrEqualTo(2);
        assertThat(onTheWire).isNotEmpty().allSatisfy(m -> {
            assertThat(m.publisherId()).isEqualTo(TestWallet.ACCOUNT_1.lowerCase());
            assertThat(StreamSignatures.verify(m)).isEqualTo(new Verdict.Verified(TestWallet.ACCOUNT_1.lowerCase()));
        });
    }
}
