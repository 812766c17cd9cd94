package dev.rivulet.runtime.modules.streams;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.modules.list.CollectionValues;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.StreamDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Streamr's SearchStream (#528): looks a stream up by name. When found: its id, its fields (name to type, in order)
 * and found = true; otherwise only found = false.
 */
public final class SearchStream extends ModuleInstance {
    private final StreamServices services;
    private final Input name = stringInput("name").help("The name to look for (exact, ignoring case).");
    private final Output stream = output("stream", DataType.STRING).help("The stream's id.");
    private final Output fields = output("fields", DataType.MAP).help("The stream's fields: name to type.");
    private final Output found = output("found", DataType.BOOLEAN).help("Whether a stream has that name.");

    public SearchStream(StreamServices services) {
        this.services = services;
    }

    @Override
    public void sendOutput() {
        Optional<StreamDefinition> def = StreamFields.byName(CreateStream.registry(services), name.getString());
        if (def.isEmpty()) {
            found.send(false);
            return;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (FieldDefinition f : def.get().fields()) {
            map.put(f.name(), f.type().label());
        }
        stream.send(def.get().id().toString());
        fields.send(CollectionValues.freeze(map));
        found.send(true);
    }
}
