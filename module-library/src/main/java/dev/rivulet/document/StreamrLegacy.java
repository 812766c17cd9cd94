package dev.rivulet.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streamr's hidden legacy module ids (still found in older canvases) and their modern equivalents. Import rewrites a
 * legacy module into the modern shape: fixed numbered ports become variadic ports (keeping their names), MovingAverage's
 * {@code length} becomes {@code windowLength} with {@code windowType=events}. What was changed is recorded in the
 * module's {@value #EXTRA} extra, so export restores the original id and ports exactly.
 */
final class StreamrLegacy {
    /** Module extra: {@code {id, variadic:[port names], renamed:{new: old}, added:[param names]}}. */
    static final String EXTRA = "streamrLegacy";

    /**
     * @param modernId        the modern Streamr id, or null when there is none (the module loads as an error stub)
     * @param variadicInputs  inputs that become variadic (all except {@code fixedInputs}), linked to the outputs when
     *                        {@code linked}
     * @param variadicOutputs outputs that become variadic (all except {@code fixedOutputs})
     */
    record Mapping(int legacyId, Integer modernId, boolean variadicInputs, boolean variadicOutputs, boolean linked,
                   Set<String> fixedInputs, Set<String> fixedOutputs, boolean movingAverage) {
    }

    private static final Map<Integer, Mapping> TABLE = Map.of(
        2, new Mapping(2, 524, false, false, false, Set.of(), Set.of(), true),
        3, new Mapping(3, 520, true, false, false, Set.of(), Set.of(), false),
        90, new Mapping(90, 521, true, true, true, Set.of(), Set.of(), false),
        100, new Mapping(100, 520, true, false, false, Set.of(), Set.of(), false),
        142, new Mapping(142, 527, true, false, false, Set.of(), Set.of(), false),
        181, new Mapping(181, 522, true, true, true, Set.of("pass"), Set.of(), false),
        500, new Mapping(500, 523, false, true, false, Set.of(), Set.of("founds"), false),
        159, new Mapping(159, null, false, false, false, Set.of(), Set.of(), false));

    private StreamrLegacy() {
    }

    static Mapping forId(int streamrId) {
        return TABLE.get(streamrId);
    }

    /** Rewrites a freshly imported legacy module into its modern shape and records how to undo it. */
    static void toModern(Mapping m, ModuleNode node) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", m.legacyId());
        List<String> madeVariadic = new ArrayList<>();
        List<PortNode> ins = m.variadicInputs() ? markVariadic(node.inputs, m.fixedInputs(), madeVariadic) : List.of();
        List<PortNode> outs = m.variadicOutputs() ? markVariadic(node.outputs, m.fixedOutputs(), madeVariadic)
            : List.of();
        if (m.linked()) {
            for (int i = 0; i < ins.size() && i < outs.size(); i++) {
                if (madeVariadic.contains(ins.get(i).name)) {
                    ins.get(i).variadic.linkedOutput = outs.get(i).name;
                }
            }
        }
        if (!madeVariadic.isEmpty()) {
            record.put("variadic", madeVariadic);
        }
        if (m.movingAverage()) {
            node.param("length").ifPresent(p -> {
                if (node.param("windowLength").isEmpty()) {
                    p.name = "windowLength";
                    record.put("renamed", new LinkedHashMap<>(Map.of("windowLength", "length")));
                }
            });
            if (node.param("windowType").isEmpty()) {
                PortNode type = new PortNode("windowType");
                type.type = "String";
                type.value = "events";
                node.params.add(type);
                record.put("added", new ArrayList<>(List.of("windowType")));
            }
        }
        node.putExtra(EXTRA, record);
    }

    private static List<PortNode> markVariadic(List<PortNode> ports, Set<String> fixed, List<String> madeVariadic) {
        List<PortNode> group = new ArrayList<>();
        for (PortNode p : ports) {
            if (!fixed.contains(p.name)) {
                group.add(p);
            }
        }
        for (int i = 0; i < group.size(); i++) {
            PortNode p = group.get(i);
            if (p.variadic == null) {
                p.variadic = new VariadicNode();
                p.variadic.index = i + 1;
                p.variadic.isLast = i == group.size() - 1;
                madeVariadic.add(p.name);
            }
        }
        return group;
    }

    /** How export undoes {@link #toModern}: read from a module's extra, or null for modules that were not legacy. */
    record Undo(int legacyId, List<String> variadic, Map<String, String> renamed, List<String> added) {
        @SuppressWarnings("unchecked")
        static Undo of(ModuleNode node) {
            if (!(node.extra(EXTRA) instanceof Map<?, ?> m) || !(m.get("id") instanceof Number id)) {
                return null;
            }
            List<String> variadic = m.get("variadic") instanceof List<?> l ? (List<String>) l : List.of();
            Map<String, String> renamed = m.get("renamed") instanceof Map<?, ?> r ? (Map<String, String>) r : Map.of();
            List<String> added = m.get("added") instanceof List<?> a ? (List<String>) a : List.of();
            return new Undo(id.intValue(), variadic, renamed, added);
        }

        String streamrName(PortNode p) {
            return renamed.getOrDefault(p.name, p.name);
        }

        boolean writeVariadic(PortNode p) {
            return !variadic.contains(p.name);
        }

        boolean skip(PortNode p) {
            return added.contains(p.name);
        }
    }
}
