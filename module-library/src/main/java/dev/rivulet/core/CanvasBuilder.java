package dev.rivulet.core;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.OptionNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.document.VariadicNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds canvas documents in code (tests, benchmarks, samples): adds modules with default ports, sets parameters
 * (regenerating ports when a parameter defines them), and connects ports by name.
 *
 * <pre>{@code
 * CanvasBuilder b = new CanvasBuilder(registry);
 * ModuleNode s = b.stream("prices", "price:Double");
 * ModuleNode ma = b.add("moving-average");
 * b.param(ma, "windowLength", 5).connect(s, "price", ma, "in");
 * CanvasDocument doc = b.build();
 * }</pre>
 */
public final class CanvasBuilder {
    private final ModuleRegistry registry;
    private final CanvasDocument doc = new CanvasDocument();
    private int nextHash = 1;

    public CanvasBuilder(ModuleRegistry registry) {
        this.registry = registry;
        doc.name = "Untitled";
    }

    public CanvasBuilder name(String name) {
        doc.name = name;
        return this;
    }

    public ModuleNode add(String type) {
        ModuleNode node = registry.newNode(type, nextHash++);
        doc.modules.add(node);
        doc.ui.put(node.hash, new CanvasLayout.ModuleLayout(40 + 220 * (doc.modules.size() - 1) % 1760,
            40 + 160 * ((doc.modules.size() - 1) / 8)));
        return node;
    }

    /** A Stream module with the given fields, each "name:Type" (Type as in Streamr: Double, String, Boolean...). */
    public ModuleNode stream(String streamId, String... fields) {
        ModuleNode node = add("stream");
        List<Map<String, Object>> list = new ArrayList<>();
        for (String f : fields) {
            String[] parts = f.split(":", 2);
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", parts[0]);
            field.put("type", parts.length > 1 ? parts[1] : "Double");
            list.add(field);
        }
        node.putExtra("fields", list);
        param(node, "stream", streamId);
        return node;
    }

    public CanvasBuilder param(ModuleNode node, String name, Object value) {
        PortNode p = node.param(name).orElseThrow(() -> new IllegalArgumentException(
            node.name + " has no parameter " + name));
        p.value = value instanceof Integer i ? (Object) i.doubleValue() : value;
        refresh(node);
        return this;
    }

    public CanvasBuilder option(ModuleNode node, String name, Object value) {
        OptionNode o = node.options.get(name);
        if (o == null) {
            throw new IllegalArgumentException(node.name + " has no option " + name);
        }
        o.value = value;
        refresh(node);
        return this;
    }

    /** Sets an input's flags: driving, initial value. */
    public CanvasBuilder driving(ModuleNode node, String input, boolean driving) {
        port(node, input).driving = driving;
        return this;
    }

    public CanvasBuilder initialValue(ModuleNode node, String input, Object value) {
        port(node, input).initialValue = value;
        return this;
    }

    public CanvasBuilder noRepeat(ModuleNode node, String output, boolean on) {
        node.output(output).orElseThrow().noRepeat = on;
        return this;
    }

    private PortNode port(ModuleNode node, String name) {
        return node.input(name).or(() -> node.param(name)).orElseThrow(
            () -> new IllegalArgumentException(node.name + " has no input " + name));
    }

    /**
     * Connects an output to an input or parameter. Connecting to the last variadic input grows the group, as the
     * editor does, so a spare input stays free.
     */
    public CanvasBuilder connect(ModuleNode from, String output, ModuleNode to, String input) {
        if (from.output(output).isEmpty()) {
            throw new IllegalArgumentException(from.name + " has no output " + output);
        }
        PortNode target = port(to, input);
        ConnectionNode c = new ConnectionNode(from.hash, output, to.hash, input);
        doc.connections.add(c);
        if (target.variadic != null && Boolean.TRUE.equals(target.variadic.isLast)) {
            grow(to);
        }
        if (DesignValues.copyOnConnect(registry, from, output, to, target)) {
            refresh(to);
        }
        return this;
    }

    public CanvasBuilder feedback(ModuleNode from, String output, ModuleNode to, String input) {
        connect(from, output, to, input);
        doc.connections.get(doc.connections.size() - 1).feedback = true;
        return this;
    }

    /** Adds one variadic input (and its linked output) at the end of the module's group. */
    public CanvasBuilder grow(ModuleNode node) {
        List<PortNode> variadic = node.inputs.stream().filter(p -> p.variadic != null).toList();
        if (variadic.isEmpty()) {
            throw new IllegalArgumentException(node.name + " has no variadic inputs");
        }
        PortNode last = variadic.get(variadic.size() - 1);
        last.variadic.isLast = false;
        String prefix = last.name.replaceAll("\\d+$", "");
        int index = variadic.size() + 1;
        PortNode added = new PortNode(prefix + index);
        added.type = last.type;
        added.displayName = prefix + index;
        added.variadic = new VariadicNode();
        added.variadic.index = index;
        added.variadic.isLast = true;
        node.inputs.add(added);
        List<PortNode> linkedOut = node.outputs.stream().filter(p -> p.variadic != null).toList();
        if (!linkedOut.isEmpty()) {
            PortNode lastOut = linkedOut.get(linkedOut.size() - 1);
            String outPrefix = lastOut.name.replaceAll("\\d+$", "");
            PortNode out = new PortNode(outPrefix + index);
            out.type = lastOut.type;
            out.displayName = outPrefix + index;
            out.variadic = new VariadicNode();
            out.variadic.index = index;
            out.variadic.isLast = true;
            lastOut.variadic.isLast = false;
            node.outputs.add(out);
        }
        return this;
    }

    /** Re-instantiates the module so ports that depend on parameters or options follow them. */
    private void refresh(ModuleNode node) {
        List<String> ignored = new ArrayList<>();
        ModuleInstance m = registry.instantiate(node, ignored);
        Map<String, PortNode> oldInputs = new LinkedHashMap<>();
        node.inputs.forEach(p -> oldInputs.put(p.name, p));
        Map<String, PortNode> oldOutputs = new LinkedHashMap<>();
        node.outputs.forEach(p -> oldOutputs.put(p.name, p));
        ModuleNodes.writePorts(m, node);
        node.inputs.replaceAll(p -> oldInputs.getOrDefault(p.name, p));
        node.outputs.replaceAll(p -> oldOutputs.getOrDefault(p.name, p));
    }

    public CanvasDocument build() {
        return doc;
    }
}
