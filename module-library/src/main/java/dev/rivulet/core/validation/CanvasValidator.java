package dev.rivulet.core.validation;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.document.StreamrCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a canvas document against the module types of a registry without running anything: each module is
 * instantiated and configured once (never initialized), then ports, connections, types, cycles and parameter values
 * are checked. Problems come back in module order, each with a message meant for the user. Modules whose saved
 * configuration is the same (in this or an earlier validation by this validator) share one configured instance when
 * their type allows it ({@link dev.rivulet.core.ModuleInstance#configuredByNodeAlone()}). Thread-safe.
 *
 * <p>Usage: {@code List<Problem> problems = new CanvasValidator(registry).validate(doc);}
 */
public final class CanvasValidator {
    private final ModuleRegistry registry;
    /** Configurations seen by earlier validations; null when every module is configured on its own. */
    private final ConfigurationCache configurations;

    public CanvasValidator(ModuleRegistry registry) {
        this(registry, true);
    }

    /**
     * With {@code shareConfigurations} false every module is configured on its own: the reference that tests compare
     * the shared path ({@link ModuleConfigurations}, {@link ConfigurationCache}) against.
     */
    CanvasValidator(ModuleRegistry registry, boolean shareConfigurations) {
        this.registry = registry;
        this.configurations = shareConfigurations ? new ConfigurationCache(ConfigurationCache.DEFAULT_CAPACITY) : null;
    }

    /** Every problem of the canvas; empty when it is ready to run. Unmodifiable. */
    public List<Problem> validate(CanvasDocument doc) {
        Run run = new Run(doc);
        run.modules();
        run.connections();
        run.unconnectedInputs();
        run.cycles();
        return run.sorted();
    }

    /** Problems grouped by module hash, in module order. */
    public static Map<Integer, List<Problem>> byModule(List<Problem> problems) {
        return problems.stream().collect(Collectors.groupingBy(Problem::moduleHash, LinkedHashMap::new,
            Collectors.toList()));
    }

    /**
     * One validation pass; keeps the instances so each module is configured only once (modules configured alike share
     * one, see {@link ModuleConfigurations}). Modules are addressed by their position in document order (the first
     * module with a hash; later ones with the same hash are reported and ignored), so per-module facts live in arrays.
     */
    private final class Run {
        private final CanvasDocument doc;
        private final ModuleConfigurations configured = new ModuleConfigurations(registry, configurations);
        private final HashIndex index;
        private final int[] hashes;
        private final ModuleNode[] nodes;
        private final ModuleInstance[] instances;
        private final boolean[] stubs;
        private final String[] names;
        /** Per module: the ports that connections go into (wired) and those of valid connections (fed); null if none. */
        private final List<String>[] wired;
        private final List<String>[] fed;
        private final List<Problem> problems = new ArrayList<>();
        private CycleCheck cycles;

        @SuppressWarnings("unchecked")
        Run(CanvasDocument doc) {
            this.doc = doc;
            int n = doc.modules.size();
            index = new HashIndex(n);
            hashes = new int[n];
            nodes = new ModuleNode[n];
            instances = new ModuleInstance[n];
            stubs = new boolean[n];
            names = new String[n];
            wired = new List[n];
            fed = new List[n];
            for (ModuleNode node : doc.modules) {
                int i = index.addIfAbsent(node.hash);
                if (i != HashIndex.MISSING) {
                    hashes[i] = node.hash;
                    nodes[i] = node;
                }
            }
            for (ConnectionNode c : doc.connections) {
                int to = index.get(c.to.module);
                if (to != HashIndex.MISSING) {
                    wired[to] = withPort(wired[to], c.to.port);
                }
            }
        }

        void modules() {
            Map<String, Integer> nameCount = new HashMap<>(capacity(doc.modules.size()));
            for (ModuleNode node : doc.modules) {
                nameCount.merge(label(node), 1, Integer::sum);
            }
            for (ModuleNode node : doc.modules) {
                String name = label(node);
                int i = index.get(node.hash);
                if (instances[i] != null) {
                    add(node.hash, name, Problem.Severity.ERROR, Problem.Kind.DUPLICATE_HASH, "another module has hash "
                        + node.hash + "; this one is ignored when the canvas runs");
                    continue;
                }
                names[i] = nameCount.get(name) > 1 ? name + "#" + node.hash : name;
                module(i, node, name);
            }
            cycles = new CycleCheck(hashes, index.size(), doc.connections.size());
        }

        private void module(int i, ModuleNode node, String name) {
            ModuleConfigurations.Configured configuration = configured.configure(node);
            ModuleInstance m = configuration.instance();
            instances[i] = m;
            if (ModuleRegistry.isErrorStub(m)) {
                stubs[i] = true;
                add(node.hash, name, Problem.Severity.ERROR, Problem.Kind.UNKNOWN_TYPE, node.type == null
                    ? "module has no type" : "unknown module type " + node.type + " (not implemented yet)");
                return;
            }
            for (String r : configuration.reported()) {
                if (r.startsWith("unknown ")) {
                    continue; // unknown ports are checked below, with the port kind in the message
                }
                boolean badValue = r.startsWith("parameter ");
                // a JavaModule's compile errors ("code line 3, column 9: ...") keep it from running
                boolean badCode = r.startsWith("code ") || r.startsWith("code:");
                add(node.hash, name, badValue || badCode ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                    badValue ? Problem.Kind.BAD_VALUE : Problem.Kind.CONFIGURATION, r);
            }
            for (PortNode p : node.params) {
                Parameter param = m.param(p.name);
                if (param == null) {
                    unknownPort(node, name, "parameter", p);
                } else if (p.value != null && !contains(wired[i], p.name)) {
                    checkChoice(node, name, param);
                }
            }
            for (PortNode p : node.inputs) {
                if (m.input(p.name) == null) {
                    unknownPort(node, name, "input", p);
                }
            }
            for (PortNode p : node.outputs) {
                if (m.output(p.name) == null) {
                    unknownPort(node, name, "output", p);
                }
            }
        }

        private void unknownPort(ModuleNode node, String name, String kind, PortNode p) {
            add(node.hash, name, Problem.Severity.WARNING, Problem.Kind.UNKNOWN_PORT, node.type + " has no " + kind
                + " '" + p.name + "'; it is ignored");
        }

        private void checkChoice(ModuleNode node, String name, Parameter param) {
            List<Parameter.PossibleValue> choices = param.possibleValues();
            if (choices.isEmpty()) {
                return;
            }
            Object value = param.getValue();
            for (Parameter.PossibleValue c : choices) {
                if (sameChoice(value, c.value())) {
                    return;
                }
            }
            String allowed = choices.stream().map(c -> String.valueOf(c.value())).collect(Collectors.joining(", "));
            add(node.hash, name, Problem.Severity.ERROR, Problem.Kind.BAD_VALUE, "parameter '" + param.name() + "': \""
                + value + "\" is not one of " + allowed);
        }

        /** Choices compare as numbers, or as text ignoring case (Streamr saved "EVENTS" for "events"). */
        private boolean sameChoice(Object value, Object choice) {
            if (value instanceof Number a && choice instanceof Number b) {
                return a.doubleValue() == b.doubleValue();
            }
            return value != null && choice != null
                && String.valueOf(value).toLowerCase(Locale.ROOT).equals(String.valueOf(choice).toLowerCase(Locale.ROOT));
        }

        void connections() {
            for (ConnectionNode c : doc.connections) {
                int fromIndex = index.get(c.from.module);
                int toIndex = index.get(c.to.module);
                int at = toIndex != HashIndex.MISSING ? c.to.module : c.from.module;
                if (fromIndex == HashIndex.MISSING || toIndex == HashIndex.MISSING) {
                    int missing = fromIndex == HashIndex.MISSING ? c.from.module : c.to.module;
                    add(at, name(at), Problem.Severity.ERROR, Problem.Kind.MISSING_MODULE, "connection " + c
                        + " refers to module " + missing + ", which is not on the canvas");
                    continue;
                }
                Output out = instances[fromIndex].output(c.from.port);
                Input in = instances[toIndex].target(c.to.port);
                String atName = names[toIndex];
                if (out == null || in == null) {
                    String what = out == null ? names[fromIndex] + " has no output '" + c.from.port + "'"
                        : atName + " has no input or parameter '" + c.to.port + "'";
                    add(at, atName, Problem.Severity.ERROR, Problem.Kind.MISSING_PORT, "connection "
                        + names[fromIndex] + "." + c.from.port + " → " + atName + "." + c.to.port + ": " + what);
                    continue;
                }
                boolean second = count(fed[toIndex], c.to.port) == 1;
                fed[toIndex] = withPort(fed[toIndex], c.to.port);
                if (second) {
                    add(at, atName, Problem.Severity.ERROR, Problem.Kind.MULTIPLE_CONNECTIONS, kind(in) + " '"
                        + in.displayName() + "' has more than one connection; an input takes one");
                }
                if (!out.types().compatibleWith(in.types())) {
                    add(at, atName, Problem.Severity.ERROR, Problem.Kind.INCOMPATIBLE_TYPES, "cannot connect "
                        + out.type().streamrName() + " output '" + out.displayName() + "' to "
                        + in.type().streamrName() + " " + kind(in) + " '" + in.displayName() + "'");
                }
                if (!c.feedback) {
                    cycles.wire(fromIndex, toIndex);
                }
            }
        }

        private String kind(Input in) {
            return in instanceof Parameter ? "parameter" : "input";
        }

        void unconnectedInputs() {
            for (int i = 0; i < index.size(); i++) {
                if (stubs[i]) {
                    continue;
                }
                ModuleNode node = nodes[i];
                for (PortNode p : node.inputs) {
                    if (p.extra(StreamrCodec.DANGLING_SOURCE_ID) != null && !contains(fed[i], p.name)) {
                        add(node.hash, names[i], Problem.Severity.WARNING, Problem.Kind.DANGLING_SOURCE,
                            "input '" + p.name + "' was connected in Streamr to endpoint "
                                + p.extra(StreamrCodec.DANGLING_SOURCE_ID) + ", which is not in this canvas");
                    }
                }
                for (Input in : instances[i].inputs()) {
                    // an exported input is fed by the parent canvas when this canvas is used as a sub-canvas
                    if (in.requiresConnection() && in.initialValue() == null && !in.isExported()
                        && !contains(fed[i], in.name())) {
                        add(node.hash, names[i], Problem.Severity.WARNING, Problem.Kind.UNCONNECTED_INPUT,
                            "input '" + in.displayName() + "' is not connected");
                    }
                }
            }
        }

        void cycles() {
            for (List<Integer> cycle : cycles.cycles()) {
                String path = cycle.stream().map(this::name).collect(Collectors.joining(" → "));
                int first = cycle.get(0);
                add(first, name(first), Problem.Severity.ERROR, Problem.Kind.CYCLE, "cycle through " + path
                    + ": mark one connection as feedback");
            }
        }

        /** The display name of the module with that hash, or null when no module has it. */
        private String name(int hash) {
            int i = index.get(hash);
            return i == HashIndex.MISSING ? null : names[i];
        }

        private void add(int hash, String name, Problem.Severity severity, Problem.Kind kind, String message) {
            problems.add(new Problem(hash, name, severity, kind, message));
        }

        /** Module order first (problems of missing modules last), discovery order within a module. */
        List<Problem> sorted() {
            List<Problem> list = new ArrayList<>(problems);
            list.sort((a, b) -> Integer.compare(position(a.moduleHash()), position(b.moduleHash())));
            return Collections.unmodifiableList(list);
        }

        private int position(int hash) {
            int i = index.get(hash);
            return i == HashIndex.MISSING ? Integer.MAX_VALUE : i;
        }

        private String label(ModuleNode node) {
            return node.displayName != null ? node.displayName : node.name != null ? node.name
                : String.valueOf(node.type);
        }
    }

    /** Adds a port name to a module's short list, creating the list on first use. */
    private static List<String> withPort(List<String> ports, String port) {
        List<String> list = ports == null ? new ArrayList<>(2) : ports;
        list.add(port);
        return list;
    }

    private static boolean contains(List<String> ports, String port) {
        return ports != null && ports.contains(port);
    }

    private static int count(List<String> ports, String port) {
        int n = 0;
        if (ports != null) {
            for (String p : ports) {
                if (p.equals(port)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A hash map capacity that holds {@code entries} without growing. */
    private static int capacity(int entries) {
        return Math.max(16, (int) (entries / 0.75f) + 1);
    }
}
