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

/**
 * Streamr's CreateStream (#529): creates a stream from the id (optional: else one made from the name, so the same
 * name always means the same stream), name and
 * description inputs, with the fields of the {@code fields} parameter. {@code created} is false when a stream with
 * that id already existed; {@code stream} carries the id either way. A side effect, so skipped in historical replays
 * unless activateInHistoricalMode is set.
 */
public final class CreateStream extends ModuleInstance {
    private final StreamServices services;
    private final Parameter fieldsParam = stringParam("fields", "")
        .help("The new stream's fields, e.g. price:number, symbol:string (types: number, string, boolean, map, list).");
    private final Input id = stringInput("id").optional().notDriving()
        .help("The stream id (e.g. sensors/room-1); leave unconnected to make one from the name.");
    private final Input name = stringInput("name").help("The stream's name.");
    private final Input description = stringInput("description").optional().notDriving()
        .help("What the stream holds.");
    private final Output stream = output("stream", DataType.STRING).help("The stream's id.");
    private final Output created = output("created", DataType.BOOLEAN)
        .help("True when the stream was created, false when it already existed.");

    public CreateStream(StreamServices services) {
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
        if (!mayActOnTheWorld()) {
            return;
        }
        StreamRegistry registry = registry(services);
        try {
            String given = id.hasValue() ? id.getString() : "";
            StreamId sid = StreamId.parse(given.isBlank() ? StreamFields.slugId(name.getString()).toString() : given);
            boolean made = registry.find(sid).isEmpty();
            if (made) {
                registry.create(StreamDefinition.of(sid, name.getString())
                    .withDescription(description.hasValue() ? description.getString() : "")
                    .withFields(StreamFields.parse(fieldsParam.getString())));
            }
            stream.send(sid.toString());
            created.send(made);
        } catch (IllegalArgumentException | StreamException e) {
            throw new ModuleException(e.getMessage(), e);
        }
    }

    static StreamRegistry registry(StreamServices services) {
        StreamRegistry r = services.registry();
        if (r == null) {
            throw new ModuleException("no stream registry in this run");
        }
        return r;
    }
}
