package dev.rivulet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.OptionNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.document.VariadicNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ConfigurationKeyTest {
    private final ConfigurationKey keys = new ConfigurationKey();

    @Test
    void nodesThatDifferOnlyInTheirHashMatch() {
        ModuleNode a = node();
        ModuleNode b = a.copy();
        b.hash = 77;

        assertThat(keys.hash(b)).isEqualTo(keys.hash(a));
        assertThat(keys.matches(b, keys.record(a))).isTrue();
    }

    /**
     * Every public field of every node class counts: a field added to the document model later is either read into the
     * key or this test fails (two nodes differing in it would otherwise share a configuration).
     */
    @Test
    void changingAnyFieldOfTheNodeOrItsPortsOptionsOrVariadicDataBreaksTheMatch() throws Exception {
        ModuleNode base = node();
        Object[] recorded = keys.record(base);
        List<String> checked = new ArrayList<>();
        for (Field f : ModuleNode.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.getName().equals("hash")) {
                assertChanges(base, recorded, n -> set(f, n), "ModuleNode." + f.getName());
                checked.add(f.getName());
            }
        }
        for (Field f : PortNode.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertChanges(base, recorded, n -> set(f, n.params.get(0)), "param PortNode." + f.getName());
                assertChanges(base, recorded, n -> set(f, n.inputs.get(0)), "input PortNode." + f.getName());
                assertChanges(base, recorded, n -> set(f, n.outputs.get(0)), "output PortNode." + f.getName());
            }
        }
        for (Field f : OptionNode.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertChanges(base, recorded, n -> set(f, n.options.get("mode")), "OptionNode." + f.getName());
            }
        }
        for (Field f : VariadicNode.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertChanges(base, recorded, n -> set(f, n.inputs.get(0).variadic), "VariadicNode." + f.getName());
            }
        }
        assertChanges(base, recorded, n -> n.putExtra("code", "other"), "module extra");
        assertChanges(base, recorded, n -> n.params.get(0).putExtra("secretRef", "s1"), "port extra");
        assertChanges(base, recorded, n -> n.options.get("mode").putExtra("possibleValues", List.of()), "option extra");
        assertChanges(base, recorded, n -> n.inputs.get(0).variadic.putExtra("x", 1), "variadic extra");
        assertThat(checked).contains("type", "typeVersion", "name", "displayName", "params", "inputs", "outputs",
            "options");
    }

    @Test
    void mapsCompareInOrderAndNumbersByClass() {
        ModuleNode a = node();
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        a.putExtra("rules", ab);
        ModuleNode b = a.copy();
        b.putExtra("rules", ba);
        ModuleNode c = a.copy();
        c.params.get(0).value = 5;
        ModuleNode d = a.copy();
        d.params.get(0).value = 5.0;

        assertThat(keys.matches(b, keys.record(a))).isFalse();
        assertThat(keys.matches(d, keys.record(c))).isFalse();
        assertThat(keys.matches(a.copy(), keys.record(a))).isTrue();
    }

    @Test
    void aNodeHoldingSomethingOtherThanJsonDataHasNoKey() {
        ModuleNode a = node();
        a.params.get(0).value = new StringBuilder("mutable");

        assertThat(keys.hash(a)).isEqualTo(Long.MIN_VALUE);
    }

    private void assertChanges(ModuleNode base, Object[] recorded, Consumer<ModuleNode> change, String what) {
        ModuleNode changed = base.copy();
        change.accept(changed);
        assertThat(keys.matches(changed, recorded)).as(what).isFalse();
    }

    /** Gives the field a value different from the one in {@link #node()}. */
    private static void set(Field f, Object target) {
        try {
            Class<?> t = f.getType();
            Object now = f.get(target);
            Object other;
            if (t == String.class) {
                other = now + "-changed";
            } else if (t == Integer.class || t == int.class) {
                other = now == null ? 9 : (Integer) now + 1;
            } else if (t == Boolean.class) {
                other = now == null ? Boolean.TRUE : !(Boolean) now;
            } else if (t == Object.class) {
                other = now == null ? "set" : List.of(now);
            } else if (t == VariadicNode.class) {
                other = now == null ? new VariadicNode() : null;
            } else if (t == List.class) {
                other = new ArrayList<>(List.of(new PortNode("extra")));
            } else if (t == Map.class) {
                Map<String, OptionNode> m = new LinkedHashMap<>();
                m.put("other", new OptionNode(1, "int"));
                other = m;
            } else {
                throw new AssertionError("no test value for " + f + ": teach the test (and ConfigurationKey) this type");
            }
            f.set(target, other);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** A node with a value in every field. */
    static ModuleNode node() {
        ModuleNode n = new ModuleNode();
        n.hash = 1;
        n.type = "moving-average";
        n.typeVersion = 1;
        n.name = "MovingAverage";
        n.displayName = "MA";
        n.params.add(port("windowLength", 5.0));
        n.inputs.add(port("in", null));
        n.inputs.get(0).variadic = variadic();
        n.outputs.add(port("out", null));
        n.options.put("mode", new OptionNode("fast", "string"));
        return n;
    }

    private static PortNode port(String name, Object value) {
        PortNode p = new PortNode(name);
        p.id = "ep_" + name;
        p.displayName = name;
        p.type = "Double";
        p.value = value;
        p.driving = true;
        p.initialValue = 0.0;
        p.noRepeat = false;
        p.export = false;
        return p;
    }

    private static VariadicNode variadic() {
        VariadicNode v = new VariadicNode();
        v.index = 1;
        v.isLast = true;
        v.linkedOutput = "out1";
        v.disableGrow = false;
        return v;
    }
}
