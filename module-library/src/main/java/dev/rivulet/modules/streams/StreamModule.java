package dev.rivulet.modules.streams;

import dev.rivulet.core.DataType;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.StreamRecord;
import dev.rivulet.core.StreamSourceModule;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Streamr's Stream module (ConfigurableStreamModule): one output per field of the chosen stream. The fields come from
 * a {@code fields} list ({@code [{name, type}]}) in its data when there is one, else from the host's stream schema
 * (a host with a stream registry binds the module with a schema look-up, so picking a stream gives its fields as
 * outputs and a schema edit reaches the module), else from the saved module (Streamr canvases list them as outputs).
 */
public final class StreamModule extends ModuleInstance implements StreamSourceModule {
    private final Parameter stream = param("stream", DataType.STREAM, "")
        .updatesPorts()
        .help("The stream to read. Its fields become this module's outputs.");
    private final List<Output> fields = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<DataType> types = new ArrayList<>();
    private final List<Integer> partitions = new ArrayList<>();
    private Output[] fieldArray = new Output[0];
    private final Function<String, List<Map<String, Object>>> schema;
    /** True when the fields came from the host's stream schema rather than from the saved module. */
    private boolean askedSchema;

    /** Without a stream schema: fields come from the module's data or saved outputs. */
    public StreamModule() {
        this(id -> List.of());
    }

    /**
     * @param schema the fields of a stream by id, each {@code {name, type}} with Streamr's type names; empty when the
     *               host does not know the stream
     */
    public StreamModule(Function<String, List<Map<String, Object>>> schema) {
        this.schema = schema;
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        Object declared = node.extra("fields");
        if (!(declared instanceof List<?> l && !l.isEmpty()) && !stream.getString().isBlank()) {
            askedSchema = true;
            declared = schema.apply(stream.getString());
        }
        if (declared instanceof List<?> list && !list.isEmpty()) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> f && f.get("name") != null) {
                    addField(String.valueOf(f.get("name")), DataType.fromStreamr(String.valueOf(f.get("type"))));
                }
            }
        } else {
            for (PortNode p : node.outputs) {
                addField(p.name, DataType.fromStreamr(p.type));
            }
        }
        if (node.extra("partitions") instanceof List<?> ps) {
            for (Object p : ps) {
                if (p instanceof Number n) {
                    partitions.add(n.intValue());
                }
            }
        }
        fieldArray = fields.toArray(new Output[0]);
    }

    /** Fields saved with the module (a canvas made here saves them) make its ports a matter of the node alone. */
    @Override
    public boolean configuredByNodeAlone() {
        return !askedSchema;
    }

    private void addField(String name, DataType type) {
        if (output(name) != null) {
            return;
        }
        Output o = output(name, type).repeatAlways().help("Field \"" + name + "\" of the stream.");
        fields.add(o);
        names.add(name);
        types.add(type);
    }

    @Override
    public String streamId() {
        return stream.getString();
    }

    @Override
    public List<String> fieldNames() {
        return Collections.unmodifiableList(names);
    }

    @Override
    public List<DataType> fieldTypes() {
        return Collections.unmodifiableList(types);
    }

    @Override
    public List<Integer> partitions() {
        return Collections.unmodifiableList(partitions);
    }

    @Override
    public void deliver(StreamRecord record) {
        Output[] out = fieldArray;
        for (int i = 0; i < out.length; i++) {
            if (record.has(i)) {
                if (record.isDouble(i)) {
                    out[i].send(record.getDouble(i));
                } else {
                    out[i].send(record.get(i));
                }
            }
        }
    }

    @Override
    public void sendOutput() {
        // outputs are written by deliver(); the module never activates through inputs
    }
}
