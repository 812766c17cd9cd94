package dev.rivulet.app.workspace;

import dev.rivulet.canvas.edit.CanvasEdit;
import dev.rivulet.canvas.edit.EditResult;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.edit.PortFlag;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleOption;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the inspector shows for the one selected module (parameters, options, port toggles, name, help) and the edits
 * it offers, each one command on the canvas's undo stack. Re-reads the module after every edit of the session, so
 * undo shows up at once.
 *
 * <p>Usage: {@code vm.show(session, hash); vm.setField(field, 30.0); vm.module().get().fields()}.
 */
public final class InspectorViewModel {
    private final ReadOnlyObjectWrapper<Shown> module = new ReadOnlyObjectWrapper<>();
    private final CanvasEdit.Listener listener = e -> refresh();
    private EditSession session;
    private Integer hash;
    private SecretSink secrets;

    /**
     * Where values of secret parameters go; with none (no data directory), they stay in the document as before
     * (decision 0010: only what is written to workspace.db must hold references).
     */
    public void setSecrets(SecretSink sink) {
        secrets = sink;
    }

    /** A parameter or option as an editable field. {@code type} is Double, Boolean or String. */
    public record Field(String name, String label, boolean option, Class<?> type, Object value,
                        List<Parameter.PossibleValue> choices, String help, boolean secret) {
    }

    /** The toggles of one port; a null flag means the port has no such toggle. */
    public record PortToggles(String port, String label, String kind, Boolean driving, Boolean noRepeat,
                              boolean export, boolean canHaveInitialValue, Object initialValue) {
    }

    /** The selected module as the inspector shows it. */
    public record Shown(int hash, String name, String typeName, String help, boolean errorStub, List<Field> fields,
                        List<PortToggles> ports) {
    }

    /** The shown module, or null when no single module is selected. */
    public ReadOnlyObjectProperty<Shown> module() {
        return module.getReadOnlyProperty();
    }

    /** Shows a module of a session (null hash or session: nothing). */
    public void show(EditSession next, Integer nextHash) {
        if (session != next) {
            if (session != null) {
                session.removeListener(listener);
            }
            if (next != null) {
                next.addListener(listener);
            }
            session = next;
        }
        hash = nextHash;
        refresh();
    }

    /**
     * Sets a parameter or option; a value equal to the module's current one changes nothing (editors commit on focus
     * loss too, and a stale editor must not repeat an edit that undo has taken back).
     */
    public EditResult setField(Field field, Object value) {
        Object v = coerce(field.type(), value);
        if (field.secret() && !field.option() && secrets != null) {
            return setSecret(field, v);
        }
        Shown now = module.get();
        if (now != null && now.fields().stream().anyMatch(f -> f.name().equals(field.name())
            && f.option() == field.option() && java.util.Objects.equals(f.value(), v))) {
            return EditResult.ok();
        }
        return field.option() ? session.setOption(hash, field.name(), v) : session.setParameter(hash, field.name(), v);
    }

    /**
     * A new value of a secret goes to the store under a new reference, and only the reference into the document (and
     * so into the journal and versions); undo goes back to the previous reference, whose value is still stored.
     * Empty input while a value is stored changes nothing (the field shows no value for a stored secret).
     */
    private EditResult setSecret(Field field, Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return EditResult.ok();
        }
        String ref;
        try {
            Shown now = module.get();
            ref = secrets.store(hash, now == null ? "" : now.name(), field.name(), value);
        } catch (RuntimeException e) {
            return EditResult.refused("cannot store the secret value: " + e.getMessage());
        }
        return session.setSecretParameter(hash, field.name(), ref);
    }

    /** Renames the module; the current name again changes nothing. */
    public EditResult rename(String name) {
        Shown now = module.get();
        if (now != null && now.name().equals(name == null ? "" : name.strip())) {
            return EditResult.ok();
        }
        return session.rename(hash, name);
    }

    public EditResult setFlag(String port, PortFlag flag, boolean on) {
        return session.setPortFlag(hash, port, flag, on);
    }

    /** Sets an input's initial value from text (numbers for numeric inputs); blank clears it. */
    public EditResult setInitialValue(PortToggles port, String text) {
        Object v = text == null || text.isBlank() ? null : text.strip();
        if (v != null) {
            try {
                v = Double.parseDouble((String) v);
            } catch (NumberFormatException notANumber) {
                // keep the text: string and boolean inputs
            }
        }
        return session.setInitialValue(hash, port.port(), v);
    }

    private void refresh() {
        Optional<ModuleNode> node = session == null || hash == null ? Optional.empty() : session.module(hash);
        module.set(node.map(this::describe).orElse(null));
    }

    private Shown describe(ModuleNode node) {
        ModuleRegistry registry = session.registry();
        ModuleInstance m = registry.instantiate(node, new ArrayList<>());
        boolean stub = ModuleRegistry.isErrorStub(m);
        ModuleDefinition def = registry.resolve(node.type);
        List<Field> fields = new ArrayList<>();
        List<PortToggles> ports = new ArrayList<>();
        if (!stub) {
            for (Parameter p : m.params()) {
                PortNode stored = node.param(p.name()).orElse(null);
                Object value = stored == null ? null : stored.value;
                if (stored != null && stored.secretRef() != null) {
                    value = ""; // the value is in the secret store; the editor shows none
                }
                fields.add(new Field(p.name(), p.displayName(), false, javaType(p.type().streamrName()),
                    value != null ? value : p.defaultValue(), p.possibleValues(), p.help(), p.isSecret()));
            }
            for (ModuleOption o : m.options().values()) {
                Object value = node.optionValue(o.name(), o.defaultValue());
                fields.add(new Field(o.name(), o.name(), true, javaType(o.type()), value, o.possibleValues(), o.help(),
                    false));
            }
            for (Input in : m.inputs()) {
                PortNode pn = node.input(in.name()).orElse(null);
                ports.add(new PortToggles(in.name(), in.displayName(), "input",
                    in.canToggleDriving() ? in.isDriving() : null, null, exported(pn), in.canHaveInitialValue(),
                    pn == null ? null : pn.initialValue));
            }
            for (Output out : m.outputs()) {
                PortNode pn = node.output(out.name()).orElse(null);
                ports.add(new PortToggles(out.name(), out.displayName(), "output", null,
                    out.canBeNoRepeat() ? out.isNoRepeat() : null, exported(pn), false, null));
            }
        }
        String name = node.displayName != null ? node.displayName : node.name;
        String help = stub ? "Unknown module type \"" + node.type + "\": this build has no such module. It is kept "
            + "as it was saved; delete it or install the module that provides it." : def == null ? "" : def.help();
        return new Shown(node.hash, name, def == null ? node.type : def.name(), help, stub, fields, ports);
    }

    private static boolean exported(PortNode pn) {
        return pn != null && Boolean.TRUE.equals(pn.export);
    }

    private static Class<?> javaType(String type) {
        String t = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "double", "int" -> Double.class;
            case "boolean" -> Boolean.class;
            default -> String.class;
        };
    }

    private static Object coerce(Class<?> type, Object value) {
        if (type == Double.class && value instanceof String s) {
            return Double.parseDouble(s.strip());
        }
        if (type == Double.class && value instanceof Number n) {
            return n.doubleValue();
        }
        return value;
    }
}
