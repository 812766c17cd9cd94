package dev.rivulet.runtime.modules.streams;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.RunMode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.runtime.streams.Partitioner;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.transport.StreamTransport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Streamr's SendToStream (#197): one input per field of the chosen stream (from the saved module, else from the
 * registry), plus {@code partitionKey} when the stream has several partitions (hashed as Streamr does; without a key
 * the partition is random). Each activation publishes one message, stamped with the run's time, through the host's
 * transport for that stream (which also stores it when the stream keeps history), signed when the host's wallet holds a
 * grant for the stream. Historical runs never write, as in Streamr.
 */
public final class SendToStream extends ModuleInstance {
    private static final String PARTITION_KEY = "partitionKey";
    private final StreamServices services;
    private final Parameter stream = param("stream", DataType.STREAM, "").updatesPorts()
        .help("The stream to publish to. Its fields become this module's inputs.");
    private final List<Input> fields = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private Input partitionKey;
    private int partitions = 1;

    public SendToStream(StreamServices services) {
        this.services = services;
        option("sendOnlyNewValues", "boolean", false,
            "Send only the fields whose inputs received a value in this activation (else every field that has one).");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        Optional<StreamDefinition> def = streamDefinition();
        boolean savedKey = false;
        if (node.extra("fields") instanceof List<?> list && !list.isEmpty()) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> f && f.get("name") != null) {
                    addField(String.valueOf(f.get("name")), DataType.fromStreamr(String.valueOf(f.get("type"))));
                }
            }
        } else if (!node.inputs.isEmpty()) {
            for (PortNode p : node.inputs) {
                if (PARTITION_KEY.equals(p.name)) {
                    savedKey = true;
                } else {
                    addField(p.name, DataType.fromStreamr(p.type));
                }
            }
        } else {
            def.ifPresent(d -> d.fields().forEach(f -> addField(f.name(), f.type().dataType())));
        }
        partitions = def.map(StreamDefinition::partitions).orElse(1);
        if (partitions > 1 || savedKey) {
            partitionKey = anyInput(PARTITION_KEY).optional().notDriving()
                .help("Messages with the same key go to the same partition; without one the partition is random.");
        }
    }

    private void addField(String name, DataType type) {
        if (input(name) != null || PARTITION_KEY.equals(name)) {
            return;
        }
        fields.add(input(name, type).optional().help("Field \"" + name + "\" of the message."));
        names.add(name);
    }

    /** The stream's definition when the host has a registry that knows it. */
    private Optional<StreamDefinition> streamDefinition() {
        StreamRegistry registry = services.registry();
        String id = stream.getString();
        if (registry == null || id == null || !StreamId.isValid(id)) {
            return Optional.empty();
        }
        return registry.find(StreamId.parse(id));
    }

    @Override
    public void sendOutput() {
        if (context() != null && context().mode() != RunMode.REALTIME) {
            context().noticeOnce("send-to-stream-historical:" + hash(), name() + ": SendToStream writes nothing"
                + " during historical replays");
            return;
        }
        if (!services.canPublish()) {
            throw new ModuleException("no stream transport in this run: messages cannot be published");
        }
        StreamId id;
        StreamTransport transport;
        try {
            id = StreamId.parse(stream.getString());
            transport = services.transportFor(id);
        } catch (RuntimeException e) {
            throw new ModuleException(e.getMessage());
        }
        boolean onlyNew = optionBoolean("sendOnlyNewValues");
        Map<String, Object> content = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            Input in = fields.get(i);
            if (in.hasValue() && (!onlyNew || in.wasTriggered())) {
                content.put(names.get(i), jsonValue(in));
            }
        }
        if (content.isEmpty()) {
            return;
        }
        int partition = 0;
        if (partitionKey != null && partitionKey.hasValue()) {
            partition = Partitioner.partition(partitions, partitionKey.getValue());
        } else if (partitions > 1) {
            partition = ThreadLocalRandom.current().nextInt(partitions);
        }
        StreamMessage m;
        try {
            m = services.message(id, partition, now(), content);
        } catch (RuntimeException e) { // the wallet refused to sign (locked meanwhile, grant revoked)
            throw new ModuleException("cannot publish to " + id + ": " + e.getMessage(), e);
        }
        CompletableFuture<Void> sent = transport.publish(m);
        if (sent.isCompletedExceptionally()) {
            try {
                sent.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new ModuleException("cannot publish to " + id + ": " + cause.getMessage(), cause);
            }
        }
    }

    private static Object jsonValue(Input in) {
        if (in.isDoubleValue()) {
            return in.getDouble();
        }
        Object v = in.getValue();
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Map<?, ?>
            || v instanceof List<?>) {
            return v;
        }
        // colours, byte arrays and the like have no JSON form of their own: send their text
        return String.valueOf(v);
    }

    /** The field names, in input order (for tests and the inspector). */
    public List<String> fieldNames() {
        return List.copyOf(names);
    }
}
