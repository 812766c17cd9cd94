package dev.rivulet.modules.composite;

import dev.rivulet.core.DataType;
import dev.rivulet.core.EmbeddedCanvas;
import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.ValueCodec;
import dev.rivulet.modules.list.CollectionValues;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streamr's ForEach: one instance of a sub-canvas per key, each with its own state, created when its key first
 * arrives. Each activation is one event for the current key's instance: every exported input that has a value is
 * delivered to it (as Streamr fed them all), the instance propagates, and what its exported outputs send leaves the
 * matching outputs of this module at once. Then {@code key} sends the key and {@code map} the latest output values of
 * every instance, {@code {key: {output: value}}}.
 *
 * <p>Output names in the map are the ports' display names; a key whose instance has sent nothing yet maps to an empty
 * map (as in Streamr). Keys keep the order in which they first arrived (Streamr used a hash map). Inner widgets publish
 * with paths like {@code 4[apple]/5} (module 5 of key "apple"'s instance of ForEach 4).
 *
 * <p>The clock reaches every instance. What an instance sends on a tick (or on an event from a widget inside it)
 * leaves the exported outputs and updates the map, which is sent once after all instances have ticked; {@code key}
 * is not sent then, since no key arrived.
 */
public final class ForEach extends SubCanvasHost {
    private final Input key = stringInput("key").help("Picks the sub-canvas instance for this event: one instance"
        + " (with its own state) per distinct key.");
    private final Output keyOut = stringOutput("key").help("The key of the instance that just ran.");
    private final Output map = output("map", DataType.MAP).help("The latest values of the exported outputs of every"
        + " instance, by key: {key: {output: value}}.");

    private final Map<String, EmbeddedCanvas> instances = new LinkedHashMap<>();
    /** The instances in key order, for the engine's delivery of stream records (kept in step with the map). */
    private final java.util.List<EmbeddedCanvas> instanceList = new java.util.ArrayList<>();
    private final java.util.List<EmbeddedCanvas> instanceView = java.util.Collections.unmodifiableList(instanceList);
    private final Map<String, Map<String, Object>> latest = new LinkedHashMap<>();
    private String[] outputNames = new String[0];
    /** Set when an instance's exported output sends; tells ticks and widget events to send the map. */
    private boolean changed;

    @Override
    protected void createPorts() {
        if (sub.inputs.isEmpty()) {
            reportConfigurationProblem("sub-canvas " + sub.label() + " has no exported inputs; ForEach needs at least one (right-click"
                + " a port in the sub-canvas to export it)");
        }
        exportedIn = new Input[sub.inputs.size()];
        for (int i = 0; i < exportedIn.length; i++) {
            exportedIn[i] = mirrorInput(sub.inputs.get(i));
        }
        exportedOut = new Output[sub.outputs.size()];
        for (int i = 0; i < exportedOut.length; i++) {
            exportedOut[i] = mirrorOutput(sub.outputs.get(i));
        }
    }

    @Override
    public void initialize() {
        super.initialize();
        outputNames = new String[exportedOut.length];
        for (int i = 0; i < exportedOut.length; i++) {
            outputNames[i] = exportedOut[i].displayName();
        }
    }

    @Override
    public void sendOutput() {
        String k = key.getString();
        EmbeddedCanvas inst = instance(k);
        for (int i = 0; i < exportedIn.length; i++) {
            Input in = exportedIn[i];
            if (in.isDriving()) {
                inst.feed(i, in);
            } else {
                inst.set(i, in);
            }
        }
        inst.propagate();
        keyOut.send(k);
        map.send(snapshotOfLatest());
        changed = false;
    }

    private EmbeddedCanvas instance(String k) {
        EmbeddedCanvas inst = instances.get(k);
        if (inst == null) {
            inst = startInner(path() + "[" + k + "]/", currentValues(), (i, value) -> sent(k, i, value));
            instances.put(k, inst);
            instanceList.add(inst);
            latest.putIfAbsent(k, Map.of());
        }
        return inst;
    }

    /** An instance's exported output sent: forward it, and remember it for the map (copy on write). */
    private void sent(String k, int index, Input value) {
        exportedOut[index].sendFrom(value);
        Map<String, Object> values = new LinkedHashMap<>(latest.getOrDefault(k, Map.of()));
        values.put(outputNames[index], value.getValue());
        latest.put(k, CollectionValues.freeze(values));
        changed = true;
    }

    private Map<String, Object> snapshotOfLatest() {
        return CollectionValues.freeze(new LinkedHashMap<>(latest));
    }

    @Override
    public void onTime(long epochMillis) {
        changed = false;
        for (EmbeddedCanvas inst : instances.values()) {
            inst.tick(epochMillis);
        }
        afterEmbeddedEvent();
    }

    @Override
    public EmbeddedCanvas embedded(String key) {
        return key == null ? null : instances.get(key);
    }

    @Override
    public java.util.List<EmbeddedCanvas> embeddedCanvases() {
        return instanceView;
    }

    @Override
    public boolean keyed() {
        return true;
    }

    /** A widget event or tick inside an instance: when it sent outputs, the map follows (the key does not). */
    @Override
    public void afterEmbeddedEvent() {
        if (changed) {
            map.send(snapshotOfLatest());
            changed = false;
        }
    }

    /** Forgets every instance and its state (Streamr's clearState). */
    @Override
    public void clearState() {
        for (EmbeddedCanvas inst : instances.values()) {
            inst.stop();
        }
        instances.clear();
        instanceList.clear();
        latest.clear();
    }

    @Override
    public void onStop() {
        for (EmbeddedCanvas inst : instances.values()) {
            inst.stop();
        }
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeInt(latest.size());
        for (Map.Entry<String, Map<String, Object>> e : latest.entrySet()) {
            ValueCodec.writeString(out, e.getKey());
            ValueCodec.write(out, e.getValue());
            EmbeddedCanvas inst = instances.get(e.getKey());
            out.writeBoolean(inst != null);
            if (inst != null) {
                writeBytes(out, inst.snapshot());
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void readState(DataInput in) throws IOException {
        clearState();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String k = ValueCodec.readString(in);
            Object values = ValueCodec.read(in);
            boolean running = in.readBoolean();
            byte[] snapshot = running ? readBytes(in) : null;
            if (sub == null) {
                continue;
            }
            latest.put(k, values instanceof Map<?, ?> m ? CollectionValues.freeze((Map<String, Object>) m) : Map.of());
            if (snapshot != null) {
                instance(k).restore(snapshot);
            }
        }
    }

    /** The running instance for a key, or null (for tests and inspection). */
    public EmbeddedCanvas instanceFor(String k) {
        return instances.get(k);
    }

    /** Keys with an instance, in arrival order. */
    public java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(instances.keySet());
    }
}
