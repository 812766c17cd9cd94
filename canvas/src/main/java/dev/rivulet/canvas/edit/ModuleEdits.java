package dev.rivulet.canvas.edit;

import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleNodes;
import dev.rivulet.core.ModuleOption;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.OptionNode;
import dev.rivulet.document.PortNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans edits inside one module (names, parameter values, port toggles, variadic groups) as
 * {@link ModuleStateCommand}s, checking first that the module type allows them.
 */
final class ModuleEdits {
    private final DocumentEditor doc;
    private final PortCatalog ports;

    ModuleEdits(DocumentEditor doc, PortCatalog ports) {
        this.doc = doc;
        this.ports = ports;
    }

    ModuleStateCommand rename(int hash, String displayName) throws Refusal {
        ModuleNode before = module(hash);
        ModuleNode after = before.copy();
        after.displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        return new ModuleStateCommand("Rename module", before, after, List.of());
    }

    ModuleStateCommand renamePort(int hash, String port, String displayName) throws Refusal {
        ModuleNode before = module(hash);
        ModuleNode after = before.copy();
        PortNode p = anyPort(after, port);
        p.displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        return new ModuleStateCommand("Rename port", before, after, List.of());
    }

    ModuleStateCommand setParameter(int hash, String param, Object value) throws Refusal {
        ModuleNode before = module(hash);
        PortInfo info = ports.of(before).params().stream().filter(p -> p.name().equals(param)).findFirst()
            .orElseThrow(() -> new Refusal(ConnectionRules.label(before) + " has no parameter '" + param + "'"));
        ModuleNode after = before.copy();
        after.param(param).orElseThrow().value = value instanceof Integer i ? (Object) i.doubleValue() : value;
        if (info.updatesPorts()) {
            regeneratePorts(after);
        }
        return new ModuleStateCommand("Set " + info.displayName(), before, after, dropped(before, after),
            info.updatesPorts() ? null : param);
    }

    /**
     * Points a secret parameter at a value kept in a secret store: the parameter keeps only the reference (its
     * {@code secretRef}) and no value, so the document, its versions and the edit journal never hold the value.
     */
    ModuleStateCommand setSecretRef(int hash, String param, String secretRef) throws Refusal {
        ModuleNode before = module(hash);
        PortInfo info = ports.of(before).params().stream().filter(p -> p.name().equals(param)).findFirst()
            .orElseThrow(() -> new Refusal(ConnectionRules.label(before) + " has no parameter '" + param + "'"));
        ModuleNode after = before.copy();
        PortNode p = after.param(param).orElseThrow(() -> new Refusal("parameter '" + param + "' is not saved"));
        p.value = null;
        p.secretRef(secretRef);
        return new ModuleStateCommand("Set " + info.displayName(), before, after, List.of());
    }

    /** Sets a module option (Streamr's per-module settings such as a chart's colours); the type comes from the module. */
    ModuleStateCommand setOption(int hash, String option, Object value) throws Refusal {
        ModuleNode before = module(hash);
        ModuleInstance m = ports.registry().instantiate(before, new ArrayList<>());
        ModuleOption declared = m.options().get(option);
        OptionNode saved = before.options.get(option);
        if (declared == null && saved == null) {
            throw new Refusal(ConnectionRules.label(before) + " has no option '" + option + "'");
        }
        ModuleNode after = before.copy();
        String type = declared != null ? declared.type() : saved.type;
        after.options.put(option, new OptionNode(value, type));
        return new ModuleStateCommand("Set option " + option, before, after, List.of());
    }

    ModuleStateCommand setFlag(int hash, String port, PortFlag flag, boolean on) throws Refusal {
        ModuleNode before = module(hash);
        ModulePorts mp = ports.of(before);
        Optional<PortInfo> found = flag == PortFlag.NO_REPEAT ? mp.output(port).or(() -> mp.receiving(port))
            : mp.receiving(port).or(() -> mp.output(port));
        PortInfo info = found.orElseThrow(() -> new Refusal(ConnectionRules.label(before) + " has no port '" + port + "'"));
        ModuleNode after = before.copy();
        PortNode p = anyPort(after, port, info.kind());
        switch (flag) {
            case DRIVING -> {
                if (!info.kind().receives() || !info.canToggleDriving()) {
                    throw new Refusal("'" + info.displayName() + "' cannot be made " + (on ? "" : "non-") + "driving");
                }
                p.driving = on;
            }
            case NO_REPEAT -> {
                if (info.kind() != PortInfo.Kind.OUTPUT || !info.canBeNoRepeat()) {
                    throw new Refusal("'" + info.displayName() + "' has no no-repeat setting");
                }
                p.noRepeat = on;
            }
            case EXPORT -> p.export = on ? Boolean.TRUE : null;
        }
        String what = switch (flag) {
            case DRIVING -> on ? "Make driving" : "Make non-driving";
            case NO_REPEAT -> on ? "Turn no-repeat on" : "Turn no-repeat off";
            case EXPORT -> on ? "Export port" : "Unexport port";
        };
        return new ModuleStateCommand(what, before, after, List.of());
    }

    ModuleStateCommand setInitialValue(int hash, String input, Object value) throws Refusal {
        ModuleNode before = module(hash);
        ModuleNode after = before.copy();
        PortNode p = after.input(input).orElseThrow(
            () -> new Refusal(ConnectionRules.label(before) + " has no input '" + input + "'"));
        p.initialValue = value;
        return new ModuleStateCommand(value == null ? "Clear initial value" : "Set initial value", before, after,
            List.of());
    }

    ModuleStateCommand grow(int hash, boolean inputSide) throws Refusal {
        ModuleNode before = module(hash);
        ModuleNode after = before.copy();
        if (!VariadicPorts.grow(after, inputSide, linked(before))) {
            throw new Refusal(ConnectionRules.label(before) + " has no variadic " + (inputSide ? "inputs" : "outputs"));
        }
        return new ModuleStateCommand(inputSide ? "Add input" : "Add output", before, after, List.of());
    }

    ModuleStateCommand shrink(int hash, boolean inputSide) throws Refusal {
        ModuleNode before = module(hash);
        if (!VariadicPorts.hasGroup(before, inputSide)) {
            throw new Refusal(ConnectionRules.label(before) + " has no variadic " + (inputSide ? "inputs" : "outputs"));
        }
        PortNode last = VariadicPorts.lastOf(before, inputSide);
        if (last == null) {
            throw new Refusal("the last " + (inputSide ? "input" : "output") + " of a group cannot be removed");
        }
        ModuleNode after = before.copy();
        VariadicPorts.shrink(after, inputSide, linked(before));
        List<ConnectionNode> lost = dropped(before, after);
        if (!lost.isEmpty()) {
            throw new Refusal("'" + (last.displayName != null ? last.displayName : last.name)
                + "' is connected; disconnect it first");
        }
        return new ModuleStateCommand(inputSide ? "Remove input" : "Remove output", before, after, List.of());
    }

    /** True when the module's variadic outputs follow its inputs (PassThrough, Filter, RequireAll). */
    private boolean linked(ModuleNode node) {
        ModulePorts mp = ports.of(node);
        return mp.variadicInputs() && !mp.variadicOutputs() && VariadicPorts.hasGroup(node, false);
    }

    /** Rebuilds the port lists from the module type after a parameter that defines ports changed. */
    private void regeneratePorts(ModuleNode after) {
        ModuleInstance m = ports.registry().instantiate(after, new ArrayList<>());
        Map<String, PortNode> keep = new HashMap<>();
        after.params.forEach(p -> keep.put("p" + p.name, p));
        after.inputs.forEach(p -> keep.put("i" + p.name, p));
        after.outputs.forEach(p -> keep.put("o" + p.name, p));
        ModuleNodes.writePorts(m, after);
        after.params.replaceAll(p -> keep.getOrDefault("p" + p.name, p));
        after.inputs.replaceAll(p -> keep.getOrDefault("i" + p.name, p));
        after.outputs.replaceAll(p -> keep.getOrDefault("o" + p.name, p));
    }

    /** Connections of the module that end at ports the edited state no longer has. */
    private List<ConnectionNode> dropped(ModuleNode before, ModuleNode after) {
        Set<String> receiving = new HashSet<>();
        after.inputs.forEach(p -> receiving.add(p.name));
        after.params.forEach(p -> receiving.add(p.name));
        Set<String> sending = new HashSet<>();
        after.outputs.forEach(p -> sending.add(p.name));
        List<ConnectionNode> lost = new ArrayList<>();
        for (ConnectionNode c : doc.connectionsTouching(Set.of(before.hash))) {
            boolean gone = c.to.module == before.hash && !receiving.contains(c.to.port)
                || c.from.module == before.hash && !sending.contains(c.from.port);
            if (gone) {
                lost.add(c);
            }
        }
        return lost;
    }

    private ModuleNode module(int hash) throws Refusal {
        return doc.module(hash).orElseThrow(() -> new Refusal("module " + hash + " is not on the canvas"));
    }

    private static PortNode anyPort(ModuleNode node, String name) throws Refusal {
        Optional<PortNode> p = node.input(name).or(() -> node.param(name)).or(() -> node.output(name));
        return p.orElseThrow(() -> new Refusal(ConnectionRules.label(node) + " has no port '" + name + "'"));
    }

    private static PortNode anyPort(ModuleNode node, String name, PortInfo.Kind kind) throws Refusal {
        Optional<PortNode> p = switch (kind) {
            case PARAMETER -> node.param(name);
            case INPUT -> node.input(name);
            case OUTPUT -> node.output(name);
        };
        return p.orElseThrow(() -> new Refusal(ConnectionRules.label(node) + " has no port '" + name + "'"));
    }
}
