package dev.rivulet.runtime.modules.streams;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamRegistry;
import java.util.Optional;

/**
 * Streamr's GetOrCreateStream (#1033, aka StreamByName): the stream with the given name, created (with an id made
 * from the name and the fields of the {@code fields} parameter) when there is none. Creating is a side effect, so a
 * historical replay only finds streams unless activateInHistoricalMode is set.
 */
public final class GetOrCreateStream extends ModuleInstance {
    private final StreamServices services;
    private final Parameter fieldsParam = stringParam("fields", "")
        .help("Fields of a stream created here, e.g. price:number, symbol:string.");
    private final Input name = stringInput("name").help("The stream's name.");
    private final Input description = stringInput("description").optional().notDriving()
        .help("Description of a stream created here.");
    private final Output created = output("created", DataType.BOOLEAN)
        .help("True when the stream was created now.");
    private final Output stream = output("stream", DataType.STRING).help("The stream's id.");

    public GetOrCreateStream(StreamServices services) {
        this.services = services;
        hasSideEffects();
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        try {
            StreamFields.parse(fieldsParam.getString());
        } catch (IllegalArgumentException e) {
            reportConfigurationProblem(e.getMessage());
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void sendOutput() {
        StreamRegistry registry = CreateStream.registry(services);
        try {
            Optional<StreamDefinition> found = StreamFields.byName(registry, name.getString());
            if (found.isPresent()) {
                created.send(false);
                stream.send(found.get().id().toString());
                return;
            }
            if (!mayActOnTheWorld()) {
                return;
            }
            StreamId sid = StreamFields.idFor(registry, name.getString());
            registry.create(StreamDefinition.of(sid, name.getString())
                .withDescription(description.hasValue() ? description.getString() : "")
                .withFields(StreamFields.parse(fieldsParam.getString())));
            created.send(true);
            stream.send(sid.toString());
        } catch (IllegalArgumentException | StreamException e) {
            throw new ModuleException(e.getMessage(), e);
        }
    }
}
