package dev.rivulet.core;

import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-ready descriptions of module types (id, name, category, aliases, help, ports with types, defaults and help,
 * options), taken from a default instance so they always match what runs. Used by {@code modules --json}, the module
 * browser and help panels.
 */
public final class ModuleDescriptions {
    private ModuleDescriptions() {
    }

    public static Map<String, Object> describe(ModuleDefinition def) {
        ModuleInstance m = def.newInstance();
        ModuleNode empty = new ModuleNode();
        empty.type = def.id();
        m.configure(empty, new ArrayList<>());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", def.id());
        d.put("name", def.name());
        d.put("category", def.category());
        d.put("aliases", def.aliases());
        if (def.streamrId() != null) {
            d.put("streamrId", def.streamrId());
        }
        if (def.widget() != null) {
            d.put("widget", def.widget());
        }
        d.put("typeVersion", def.typeVersion());
        d.put("help", def.help());
        List<Object> params = new ArrayList<>();
        for (Parameter p : m.params()) {
            Map<String, Object> pd = port(p);
            pd.put("default", p.defaultValue());
            if (!p.possibleValues().isEmpty()) {
                List<Object> choices = new ArrayList<>();
                for (Parameter.PossibleValue v : p.possibleValues()) {
                    choices.add(Map.of("name", v.name(), "value", v.value()));
                }
                pd.put("possibleValues", choices);
            }
            pd.put("driving", p.isDriving());
            if (p.updateOnChange()) {
                pd.put("updatesPorts", true);
            }
            if (p.isSecret()) {
                pd.put("secret", true);
            }
            params.add(pd);
        }
        d.put("params", params);
        List<Object> inputs = new ArrayList<>();
        for (Input in : m.inputs()) {
            Map<String, Object> pd = port(in);
            pd.put("driving", in.isDriving());
            pd.put("canToggleDriving", in.canToggleDriving());
            pd.put("requiresConnection", in.requiresConnection());
            pd.put("canHaveInitialValue", in.canHaveInitialValue());
            inputs.add(pd);
        }
        d.put("inputs", inputs);
        List<Object> outputs = new ArrayList<>();
        for (Output o : m.outputs()) {
            Map<String, Object> pd = port(o);
            pd.put("noRepeat", o.isNoRepeat());
            pd.put("canBeNoRepeat", o.canBeNoRepeat());
            outputs.add(pd);
        }
        d.put("outputs", outputs);
        List<Object> options = new ArrayList<>();
        for (ModuleOption o : m.options().values()) {
            Map<String, Object> od = new LinkedHashMap<>();
            od.put("name", o.name());
            od.put("type", o.type());
            od.put("default", o.defaultValue());
            od.put("help", o.help());
            if (!o.possibleValues().isEmpty()) {
                List<Object> choices = new ArrayList<>();
                for (Parameter.PossibleValue v : o.possibleValues()) {
                    choices.add(Map.of("name", v.name(), "value", v.value()));
                }
                od.put("possibleValues", choices);
            }
            options.add(od);
        }
        d.put("options", options);
        d.put("variadicInputs", m.variadicInputGroup() != null);
        d.put("variadicOutputs", m.variadicOutputGroup() != null);
        d.put("canClearState", m.canClearState());
        return d;
    }

    private static Map<String, Object> port(Endpoint e) {
        Map<String, Object> pd = new LinkedHashMap<>();
        pd.put("name", e.name());
        if (!e.displayName().equals(e.name())) {
            pd.put("displayName", e.displayName());
        }
        pd.put("type", e.type().streamrName());
        pd.put("acceptedTypes", e.types().names());
        if (e.group() != null) {
            pd.put("variadic", true);
        }
        pd.put("help", e.help());
        return pd;
    }
}
