package dev.rivulet.runtime.modules.streams;

import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import dev.rivulet.modules.streams.StreamModule;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamRegistry;

/**
 * The modules that use the stream registry and transport: SendToStream (Streamr #197), CreateStream (#529),
 * GetOrCreateStream (#1033) and SearchStream (#528). Found through the SPI (via IntegrationModules) unbound, so the
 * palette and validation know them; a host that has streams binds them to its services with {@link #bind}.
 *
 * <p>Usage: {@code ModuleRegistry modules = StreamModules.bind(ModuleRegistry.load(), services);}
 */
public final class StreamModules {
    private static final Map<String, Function<StreamServices, Supplier<? extends dev.rivulet.core.ModuleInstance>>>
        FACTORIES = Map.of(
            "send-to-stream", s -> () -> new SendToStream(s),
            "create-stream", s -> () -> new CreateStream(s),
            "get-or-create-stream", s -> () -> new GetOrCreateStream(s),
            "search-stream", s -> () -> new SearchStream(s));

    private StreamModules() {
    }

    /** The definitions, bound to {@code services}. */
    public static List<ModuleDefinition> definitions(StreamServices services) {
        return List.of(
            ModuleDefinition.of("send-to-stream", "SendToStream", "Utils", FACTORIES.get("send-to-stream")
                    .apply(services)).streamrId(197).aliases("Produce", "Feedback", "Publish")
                .help("Publishes a message to a stream each time it activates: one input per field of the stream"
                    + " (and partitionKey when the stream has several partitions). Only in realtime runs: during"
                    + " historical replays it never writes, as in Streamr."),
            ModuleDefinition.of("create-stream", "CreateStream", "Streams", FACTORIES.get("create-stream")
                    .apply(services)).streamrId(529)
                .help("Creates a stream with the given id (or one made from the name), name, description and the"
                    + " fields set in the parameters. created tells whether it was made (false when it existed)."
                    + " Skipped during historical replays unless activateInHistoricalMode is set."),
            ModuleDefinition.of("get-or-create-stream", "GetOrCreateStream", "Streams",
                    FACTORIES.get("get-or-create-stream").apply(services)).streamrId(1033).aliases("StreamByName")
                .help("Finds the stream with the given name, creating it (with the fields set in the parameters) when"
                    + " there is none. Creating is skipped during historical replays unless activateInHistoricalMode"
                    + " is set."),
            ModuleDefinition.of("search-stream", "SearchStream", "Streams", FACTORIES.get("search-stream")
                    .apply(services)).streamrId(528)
                .help("Looks a stream up by name: its id, its fields (name to type) and whether it was found."));
    }

    /**
     * The same registry with the Streams modules bound to {@code services} (sub-canvas resolution kept), and the
     * Stream module bound to the registry's schemas, so its outputs are the fields of the chosen stream.
     */
    public static ModuleRegistry bind(ModuleRegistry base, StreamServices services) {
        List<ModuleDefinition> all = new ArrayList<>();
        for (ModuleDefinition d : base.all()) {
            var factory = "stream".equals(d.id()) ? (Function<StreamServices, Supplier<? extends
                dev.rivulet.core.ModuleInstance>>) s -> () -> new StreamModule(id -> schema(s, id))
                : FACTORIES.get(d.id());
            all.add(factory == null ? d : new ModuleDefinition(d.id(), d.name(), d.category(), d.aliases(), d.help(),
                d.streamrId(), d.widget(), d.typeVersion(), factory.apply(services)));
        }
        return new ModuleRegistry(all).withCanvasResolver(base.canvasResolver());
    }

    /** A stream's fields as the Stream module reads them ({@code [{name, type}]}), empty when unknown. */
    private static List<Map<String, Object>> schema(StreamServices services, String id) {
        StreamRegistry registry = services.registry();
        if (registry == null || !StreamId.isValid(id)) {
            return List.of();
        }
        return registry.find(StreamId.parse(id)).map(d -> d.fields().stream()
            .map(f -> Map.<String, Object>of("name", f.name(), "type", f.type().dataType().streamrName())).toList())
            .orElse(List.of());
    }
}
