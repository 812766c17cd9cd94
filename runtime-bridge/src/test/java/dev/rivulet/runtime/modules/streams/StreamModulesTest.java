package dev.rivulet.runtime.modules.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.StreamSourceModule;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.UiSink;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.Partitioner;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.history.HistoryWriter;
import dev.rivulet.runtime.streams.history.LocalStreams;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.streams.transport.MessageChain;
import dev.rivulet.runtime.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Streams modules in real canvases, with a real registry in streams.db and the in-process broker. */
class StreamModulesTest {
    static final StreamId OUT = StreamId.parse("alerts");

    @TempDir
    Path tmp;

    private LocalStreams streams;
    private HistoryWriter writer;
    private InProcessBroker broker;
    private ModuleRegistry modules;
    private final List<String> notices = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<UiMessage> ui = new ArrayList<>();

    @BeforeEach
    void open() {
        streams = LocalStreams.open(DataDirectory.open(Optional.of(tmp)), Clock.systemUTC());
        writer = new HistoryWriter(streams.history(), 1000, 100, Clock.systemUTC());
        broker = new InProcessBroker(writer::record, 1000);
        modules = StreamModules.bind(CanvasRun.REGISTRY, new StreamServices(streams::registry, () -> broker,
            new MessageChain("local", "run-1")));
    }

    @AfterEach
    void close() {
        broker.close();
        writer.close();
    }

    private void run(CanvasDocument doc, RunMode mode, MemoryCursor input) {
        RunContext ctx = new RunContext(mode, new UiSink() {
            @Override
            public void publish(ModuleInstance module, UiMessage message) {
                ui.add(message);
            }
        }, new RunListener() {
            @Override
            public void moduleFailed(ModuleInstance module, String message) {
                failures.add(message);
            }

            @Override
            public void notice(String message) {
                notices.add(message);
            }
        });
        CanvasRuntime rt = CanvasRuntime.build(doc, modules, ctx);
        ReplayLoop loop = new ReplayLoop(rt);
        for (StreamSourceModule s : rt.streamSources()) {
            loop.source(s, input);
        }
        loop.run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        rt.stop();
    }

    private CanvasDocument sendCanvas() {
        CanvasBuilder b = new CanvasBuilder(modules);
        ModuleNode in = b.stream("in", "price:Double", "symbol:String");
        ModuleNode send = b.add("send-to-stream");
        b.param(send, "stream", OUT.toString());
        b.connect(in, "price", send, "price").connect(in, "symbol", send, "symbol");
        if (send.input("partitionKey").isPresent()) {
            b.connect(in, "symbol", send, "partitionKey");
        }
        return b.build();
    }

    @Test
    void theModulesAreCataloguedUnderStreamrsIds() {
        DefinitionChecks.assertCatalogued("send-to-stream", 197, "SendToStream", "Utils", "Produce", "Feedback",
            "Publish");
        DefinitionChecks.assertCatalogued("create-stream", 529, "CreateStream", "Streams");
        DefinitionChecks.assertCatalogued("get-or-create-stream", 1033, "GetOrCreateStream", "Streams", "StreamByName");
        DefinitionChecks.assertCatalogued("search-stream", 528, "SearchStream", "Streams");
    }

    @Test
    void sendToStreamPublishesEachActivationInRealtimeAndTheHistoryKeepsIt() throws Exception {
        streams.registry().create(StreamDefinition.of(OUT, "Alerts").withFields(List.of(
            new FieldDefinition("price", FieldType.NUMBER), new FieldDefinition("symbol", FieldType.STRING))));
        List<StreamMessage> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        broker.subscribe(OUT, java.util.Set.of(), received::add);

        run(sendCanvas(), RunMode.REALTIME, new MemoryCursor().add(1000, 1.5, "A").add(2000, 2.5, "B"));
        writer.flush();

        assertThat(failures).isEmpty();
        List<StreamMessage> stored = streams.history().range(OUT, 0, Long.MAX_VALUE, 10);
        assertThat(stored).extracting(StreamMessage::content).containsExactly(Map.of("price", 1.5, "symbol", "A"),
            Map.of("price", 2.5, "symbol", "B"));
        assertThat(stored).extracting(StreamMessage::timestamp).containsExactly(1000L, 2000L);
        assertThat(stored.get(0).chainId()).isEqualTo("run-1");
        long end = System.nanoTime() + 5_000_000_000L;
        while (received.size() < 2 && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(received).hasSize(2);
    }

    @Test
    void sendToStreamPicksThePartitionFromTheKeyAsStreamrDoes() throws Exception {
        streams.registry().create(StreamDefinition.of(OUT, "Alerts").withPartitions(10).withFields(List.of(
            new FieldDefinition("price", FieldType.NUMBER), new FieldDefinition("symbol", FieldType.STRING))));

        run(sendCanvas(), RunMode.REALTIME, new MemoryCursor().add(1000, 1.0, "sensor-17").add(2000, 2.0, "hello"));
        writer.flush();

        assertThat(streams.history().range(OUT, 0, Long.MAX_VALUE, 10)).extracting(StreamMessage::partition)
            .containsExactly(Partitioner.partition(10, "sensor-17"), Partitioner.partition(10, "hello"));
    }

    @Test
    void sendToStreamNeverWritesInHistoricalRuns() throws Exception {
        streams.registry().create(StreamDefinition.of(OUT, "Alerts").withFields(List.of(
            new FieldDefinition("price", FieldType.NUMBER), new FieldDefinition("symbol", FieldType.STRING))));

        run(sendCanvas(), RunMode.HISTORICAL, new MemoryCursor().add(1000, 1.5, "A"));
        writer.flush();

        assertThat(streams.history().count(OUT)).isZero();
        assertThat(notices).anyMatch(n -> n.contains("writes nothing during historical replays"));
    }

    @Test
    void createGetOrCreateAndSearchWorkOnTheRegistry() {
        CanvasBuilder b = new CanvasBuilder(modules);
        ModuleNode in = b.stream("in", "name:String");
        ModuleNode create = b.add("create-stream");
        b.param(create, "fields", "temp:number, room:string").option(create, ModuleInstance.ACTIVATE_IN_HISTORICAL_MODE,
            true);
        ModuleNode getOrCreate = b.add("get-or-create-stream");
        ModuleNode search = b.add("search-stream");
        ModuleNode table = b.add("table");
        b.connect(in, "name", create, "name").connect(in, "name", getOrCreate, "name").connect(in, "name", search, "name")
            .connect(create, "stream", table, "in1").connect(create, "created", table, "in2")
            .connect(getOrCreate, "created", table, "in3").connect(search, "fields", table, "in4");

        run(b.build(), RunMode.HISTORICAL, new MemoryCursor().add(1000, "Room 1 / Temp").add(2000, "Room 1 / Temp"));

        assertThat(failures).isEmpty();
        StreamDefinition made = streams.registry().get(StreamId.parse("room-1/temp"));
        assertThat(made.name()).isEqualTo("Room 1 / Temp");
        assertThat(made.fields()).extracting(FieldDefinition::name).containsExactly("temp", "room");
        assertThat(streams.registry().list()).hasSize(1);
        List<Object> createdFlags = new ArrayList<>();
        for (UiMessage m : ui) {
            createdFlags.add(m.toString());
        }
        assertThat(String.join("\n", createdFlags.stream().map(String::valueOf).toList()))
            .contains("room-1/temp").contains("true").contains("false").contains("temp=number");
    }
    @Test
    void aStreamModulesOutputsAreTheFieldsOfItsStreamsSchemaAndFollowAnEdit() {
        StreamId temp = StreamId.parse("sensors/temp");
        streams.registry().create(StreamDefinition.of(temp, "Temp").withFields(List.of(
            new FieldDefinition("celsius", FieldType.NUMBER), new FieldDefinition("room", FieldType.STRING))));
        CanvasBuilder b = new CanvasBuilder(modules);
        ModuleNode s = b.add("stream");
        b.param(s, "stream", temp.toString());
        assertThat(s.outputs).extracting(p -> p.name).containsExactly("celsius", "room");
        assertThat(s.outputs).extracting(p -> p.type).containsExactly("Double", "String");

        streams.registry().edit(streams.registry().get(temp).withFields(List.of(
            new FieldDefinition("celsius", FieldType.NUMBER), new FieldDefinition("room", FieldType.STRING),
            new FieldDefinition("ok", FieldType.BOOLEAN))));
        ModuleNode again = new CanvasBuilder(modules).add("stream");
        new CanvasBuilder(modules).param(again, "stream", temp.toString());
        assertThat(again.outputs).extracting(p -> p.name).containsExactly("celsius", "room", "ok");
    }

    @Test
    void sendToStreamHasOneInputPerFieldPlusThePartitionKeyOnlyWhenTheStreamHasPartitions() {
        StreamId one = StreamId.parse("one");
        streams.registry().create(StreamDefinition.of(OUT, "Alerts").withPartitions(4).withFields(List.of(
            new FieldDefinition("price", FieldType.NUMBER), new FieldDefinition("symbol", FieldType.STRING))));
        streams.registry().create(StreamDefinition.of(one, "One").withFields(List.of(
            new FieldDefinition("level", FieldType.NUMBER))));
        CanvasBuilder b = new CanvasBuilder(modules);
        ModuleNode send = b.add("send-to-stream");
        b.param(send, "stream", OUT.toString());
        assertThat(send.inputs).extracting(p -> p.name).containsExactly("price", "symbol", "partitionKey");
        ModuleNode single = b.add("send-to-stream");
        b.param(single, "stream", one.toString());
        assertThat(single.inputs).extracting(p -> p.name).containsExactly("level");
    }

    @Test
    void sendToStreamPublishesOnTheStreamsOwnTransportThroughTheHostsPublisher() throws Exception {
        streams.registry().create(StreamDefinition.of(OUT, "Alerts").withFields(List.of(
            new FieldDefinition("price", FieldType.NUMBER), new FieldDefinition("symbol", FieldType.STRING))));
        List<StreamMessage> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (InProcessBroker other = new InProcessBroker(null, 100)) {
            other.subscribe(OUT, java.util.Set.of(), received::add);
            modules = StreamModules.bind(CanvasRun.REGISTRY, StreamServices.perStream(streams::registry,
                id -> id.equals(OUT) ? other : broker, new dev.rivulet.runtime.streams.signing.SigningPublisher(
                    dev.rivulet.runtime.streams.signing.StreamSigners.NONE, "canvas")));
            run(sendCanvas(), RunMode.REALTIME, new MemoryCursor().add(1000, 1.5, "A"));
            long end = System.nanoTime() + 5_000_000_000L;
            while (received.isEmpty() && System.nanoTime() < end) {
                Thread.sleep(5);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).publisherId()).isEqualTo("canvas");
        assertThat(received.get(0).content()).isEqualTo(Map.of("price", 1.5, "symbol", "A"));
    }
}
