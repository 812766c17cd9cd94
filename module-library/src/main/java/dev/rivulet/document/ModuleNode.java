package dev.rivulet.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One module placed on a canvas: its type, instance hash, port configuration, parameter values and options.
 * Module-specific data (Java code, schedule rules, table config...) and unknown fields live in {@link #extra()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"hash", "type", "typeVersion", "name", "displayName", "params", "inputs", "outputs", "options"})
public final class ModuleNode extends Extensible {
    /** Instance id, unique within the canvas (Streamr's "hash": a signed 32-bit integer). */
    public int hash;
    /** Module type id (ours, e.g. "moving-average"). */
    public String type;
    public Integer typeVersion;
    public String name;
    public String displayName;
    public List<PortNode> params = new ArrayList<>();
    public List<PortNode> inputs = new ArrayList<>();
    public List<PortNode> outputs = new ArrayList<>();
    public Map<String, OptionNode> options = new LinkedHashMap<>();

    public Optional<PortNode> param(String name) {
        return find(params, name);
    }

    public Optional<PortNode> input(String name) {
        return find(inputs, name);
    }

    public Optional<PortNode> output(String name) {
        return find(outputs, name);
    }

    /** A parameter's value, or the given default when the parameter is absent or has no value. */
    public Object paramValue(String name, Object fallback) {
        return param(name).map(p -> p.value).orElse(fallback);
    }

    public Object optionValue(String name, Object fallback) {
        OptionNode o = options.get(name);
        return o == null || o.value == null ? fallback : o.value;
    }

    private static Optional<PortNode> find(List<PortNode> ports, String name) {
        for (PortNode p : ports) {
            if (name.equals(p.name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public ModuleNode copy() {
        ModuleNode m = new ModuleNode();
        m.hash = hash;
        m.type = type;
        m.typeVersion = typeVersion;
        m.name = name;
        m.displayName = displayName;
        for (PortNode p : params) {
            m.params.add(p.copy());
        }
        for (PortNode p : inputs) {
            m.inputs.add(p.copy());
        }
        for (PortNode p : outputs) {
            m.outputs.add(p.copy());
        }
        options.forEach((k, v) -> m.options.put(k, v.copy()));
        m.copyExtraFrom(this);
        return m;
    }
}
