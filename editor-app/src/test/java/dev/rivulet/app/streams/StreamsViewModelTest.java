package dev.rivulet.app.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.history.HistoryWriter;
import dev.rivulet.runtime.streams.history.LocalStreams;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.streams.signing.SigningPublisher;
import dev.rivulet.runtime.streams.signing.StreamSigners;
import dev.rivulet.runtime.streams.transport.TransportChoice;
import dev.rivulet.runtime.streams.transport.TransportSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pane's model over a real data directory, history writer and in-process broker. */
class StreamsViewModelTest {
    private static final List<FieldDefinition> FIELDS = List.of(new FieldDefinition("temp", FieldType.NUMBER),
        new FieldDefinition("room", FieldType.STRING));

    @TempDir
    Path tmp;

    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private LocalStreams local;
    private HistoryWriter writer;
    private InProcessBroker broker;
    private StreamsViewModel model;

    @BeforeEach
    void open() {
        local = LocalStreams.open(DataDirectory.open(Optional.of(tmp.resolve("data"))), Clock.systemUTC());
        writer = new HistoryWriter(local.history(), 1_000, 100, Clock.systemUTC());
        broker = new InProcessBroker(writer::record, 1_000);
        model = new StreamsViewModel(local.registry(), local.history(), new TransportSettings(local.registry(),
            new SecretStore(tmp.resolve("data/secrets"), new java.security.SecureRandom(), Clock.systemUTC())),
            TransportResolver.inProcessOnly(broker), new SigningPublisher(StreamSigners.NONE, "editor"), Clock.systemUTC(),
            uiQueue::add);
    }

    @AfterEach
    void close() {
        model.close();
        broker.close();
        writer.close();
    }

    private StreamDraft draft(String id, TransportChoice transport) {
        return new StreamDraft(id, "Temperature", "office sensors", FIELDS, 2, true, 7, transport);
    }

    @Test
    void savingCreatesThenEditsAndTheSearchNarrowsTheList() {
        model.save(draft("sensors/temp", new TransportChoice.InProcess()));
        model.save(new StreamDraft("prices", "Prices", "", List.of(new FieldDefinition("p", FieldType.NUMBER)), 1,
            false, 0, new TransportChoice.InProcess()));
        assertThat(model.streams()).extracting(d -> d.id().toString()).containsExactly("prices", "sensors/temp");

        StreamDefinition edited = model.save(new StreamDraft("prices", "Prices", "", FIELDS, 1, false, 0,
            new TransportChoice.Mqtt("mqtt://127.0.0.1:1883")));
        assertThat(edited.schemaVersion()).isEqualTo(2);
        assertThat(model.selectedProperty().get().id()).isEqualTo(StreamId.parse("prices"));
        assertThat(model.transportProperty().get()).isEqualTo(new TransportChoice.Mqtt("mqtt://127.0.0.1:1883"));
        assertThat(model.statusProperty().get()).contains("Saved prices (schema v2)");

        model.searchProperty().set("office");
        assertThat(model.streams()).extracting(d -> d.id().toString()).containsExactly("sensors/temp");
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void aTestMessageReachesTheLiveTableUntilPausedAndIsStored() throws Exception {
        model.save(draft("sensors/temp", new TransportChoice.InProcess()));
        model.publishTest(Map.of("temp", "21.5", "room", "lab"), "lab").get(5, TimeUnit.SECONDS);
        awaitRows(1);
        assertThat(model.live().rows().get(0).content()).isEqualTo("{temp=21.5, room=lab}");
        assertThat(model.live().rateProperty().get()).isPositive();
        assertThat(model.live().lastMessageProperty().get()).isPositive();

        model.live().pausedProperty().set(true);
        model.publishTest(Map.of("temp", "22"), "").get(5, TimeUnit.SECONDS);
        drainUntil(() -> model.live().receivedProperty().get() == 2);
        assertThat(model.live().rows()).hasSize(1);

        writer.flush();
        assertThat(model.storedCount()).isEqualTo(2);
    }

    @Test
    void badTestValuesAndUnservedTransportsSayWhatIsWrong() {
        model.save(draft("sensors/temp", new TransportChoice.InProcess()));
        assertThatThrownBy(() -> model.publishTest(Map.of("temp", "warm"), ""))
            .hasMessageContaining("field \"temp\": \"warm\" is not a number");

        model.save(draft("sensors/temp", new TransportChoice.StreamrNode("ws://127.0.0.1:7170", "k")));
        assertThat(model.liveProblemProperty().get()).contains("not connected in this build");
        assertThatThrownBy(() -> model.publishTest(Map.of("temp", "1"), ""))
            .hasMessageContaining("not connected in this build");
    }

    @Test
    void deleteListsTheCanvasesThatUseTheStreamAndRemovesItWithItsHistory() throws Exception {
        model.save(draft("sensors/temp", new TransportChoice.InProcess()));
        Databases dbs = Databases.open(DataDirectory.open(Optional.of(tmp.resolve("data"))));
        try (Connection c = dbs.workspace().connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO canvases (id, name, created, updated, document) VALUES ('c1', 'Heat alert',"
                + " 0, 0, '{\"modules\": [{\"params\": [{\"name\": \"stream\", \"value\": \"sensors/temp\"}]}]}')");
        }
        assertThat(model.usages(StreamId.parse("sensors/temp"))).containsExactly("canvas \"Heat alert\" (c1)");

        model.delete(StreamId.parse("sensors/temp"));
        assertThat(model.streams()).isEmpty();
        assertThat(local.registry().find(StreamId.parse("sensors/temp"))).isEmpty();
    }

    @Test
    void historyExportsAndImportsAsCsvAndJsonLines() throws Exception {
        model.save(draft("sensors/temp", new TransportChoice.InProcess()));
        Path csv = tmp.resolve("in.csv");
        Files.writeString(csv, "timestamp,temp,room\n1000,20,lab\n2000,21,hall\n");
        assertThat(model.importHistory(csv)).isEqualTo(2);

        Path jsonl = tmp.resolve("out.jsonl");
        assertThat(model.exportHistory(jsonl)).isEqualTo(2);
        assertThat(Files.readAllLines(jsonl)).hasSize(2).first().asString().contains("\"temp\":20");

        model.save(draft("copy", new TransportChoice.InProcess()));
        assertThat(model.importHistory(jsonl)).isEqualTo(2);
        assertThat(model.exportHistory(tmp.resolve("copy.csv"))).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("copy.csv"))).contains("lab", "hall");
    }

    private void awaitRows(int n) throws InterruptedException {
        drainUntil(() -> model.live().rows().size() >= n);
    }

    private void drainUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 100 && !done.getAsBoolean(); i++) {
            Runnable r = uiQueue.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
        assertThat(done.getAsBoolean()).isTrue();
    }
}
