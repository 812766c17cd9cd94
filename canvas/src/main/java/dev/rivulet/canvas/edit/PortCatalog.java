package dev.rivulet.canvas.edit;

import dev.rivulet.core.Endpoint;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TypeSet;
import dev.rivulet.core.VariadicGroup;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Port types and toggles of the modules on a canvas, learnt by configuring (never initializing) an instance of each
 * module type, as the validator does. Cached by module hash; the session forgets a module whenever an edit changes
 * it. Ports a saved module has but its type does not declare keep their saved type string, so nothing disappears.
 *
 * <p>Usage: {@code catalog.of(node).receiving("in").map(PortInfo::types)}.
 */
public final class PortCatalog {
    private final ModuleRegistry registry;
    private final Map<Integer, ModulePorts> cache = new HashMap<>();

    public PortCatalog(ModuleRegistry registry) {
        this.registry = registry;
    }

    public ModuleRegistry registry() {
        return registry;
    }

    public ModulePorts of(ModuleNode node) {
        ModulePorts cached = cache.get(node.hash);
        if (cached == null) {
            cached = describe(node);
            cache.put(node.hash, cached);
        }
        return cached;
    }

    void forget(int hash) {
        cache.remove(hash);
    }

    /** Describes a node without caching it (for nodes not on the canvas, such as a planned edit). */
    public ModulePorts describe(ModuleNode node) {
        ModuleInstance m = registry.instantiate(node, new ArrayList<>());
        boolean stub = ModuleRegistry.isErrorStub(m);
        List<PortInfo> params = list(node.params, PortInfo.Kind.PARAMETER, stub ? null : m::param);
        List<PortInfo> inputs = list(node.inputs, PortInfo.Kind.INPUT, stub ? null : m::input);
        List<PortInfo> outputs = list(node.outputs, PortInfo.Kind.OUTPUT, stub ? null : m::output);
        VariadicGroup in = stub ? null : m.variadicInputGroup();
        VariadicGroup out = stub ? null : m.variadicOutputGroup();
        return new ModulePorts(params, inputs, outputs, stub, in != null,
            out != null && (in == null || in.linked() != out));
    }

    private static List<PortInfo> list(List<PortNode> saved, PortInfo.Kind kind,
                                       Function<String, ? extends Endpoint> lookup) {
        List<PortInfo> ports = new ArrayList<>(saved.size());
        for (PortNode pn : saved) {
            Endpoint e = lookup == null ? null : lookup.apply(pn.name);
            ports.add(e == null ? unknown(pn, kind) : known(pn, kind, e));
        }
        return ports;
    }

    private static PortInfo known(PortNode pn, PortInfo.Kind kind, Endpoint e) {
        boolean toggleDriving = e instanceof Parameter || e instanceof Input in && in.canToggleDriving();
        boolean noRepeat = e instanceof Output o && o.canBeNoRepeat();
        boolean secret = e instanceof Parameter p && p.isSecret();
        boolean updatesPorts = e instanceof Parameter p && p.updateOnChange();
        String display = pn.displayName != null ? pn.displayName : e.displayName();
        return new PortInfo(pn.name, display, kind, e.type(), e.types(), toggleDriving, noRepeat, secret,
            updatesPorts, e.group() != null, true);
    }

    private static PortInfo unknown(PortNode pn, PortInfo.Kind kind) {
        TypeSet types = pn.type == null ? TypeSet.ANY : TypeSet.parse(pn.type);
        String display = pn.displayName != null ? pn.displayName : pn.name;
        return new PortInfo(pn.name, display, kind, types.types().iterator().next(), types, kind.receives(),
            kind == PortInfo.Kind.OUTPUT, false, false, pn.variadic != null, false);
    }
}
