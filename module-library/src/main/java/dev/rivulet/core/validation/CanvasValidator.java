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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a canvas document against the module types of a registry without running anything: each module is
 * instantiated and configured once (never initialized), then ports, connections, types, cycles and parameter values
 * are checked. Problems come back in module order, each with a message meant for the user.
 *
 * <p>Usage: {@code List<Problem> problems = new CanvasValidator(registry).validate(doc);}
 */
public final class CanvasValidator {
    private final ModuleRegistry registry;

    public CanvasValidator(ModuleRegistry registry) {
        this.registry = registry;
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

    /** One validation pass; keeps the instances so each module is configured only once. */
    private final class Run {
        private final CanvasDocument doc;
        private final Map<Integer, ModuleNode> nodes = new LinkedHashMap<>();
        private final Map<Integer, ModuleInstance> instances = new HashMap<>();
        private final Set<Integer> stubs = new HashSet<>();
        private final Map<Integer, String> names = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Set<Target> fedTargets = new HashSet<>();
        private final Set<Target> wiredTargets = new HashSet<>();
        private final CycleCheck cycles = new CycleCheck();

        Run(CanvasDocument doc) {
            this.doc = doc;
            for (ConnectionNode c : doc.connections) {
                wiredTargets.add(new Target(c.to.module, c.to.port));
            }
        }

        void modules() {
            Map<String, Integer> nameCount = new HashMap<>();
            for (ModuleNode node : doc.modules) {
                nameCount.merge(label(node), 1, Integer::sum);
            }
            for (ModuleNode node : doc.modules) {
                String name = label(node);
                if (nodes.putIfAbsent(node.hash, node) != null) {
                    add(node.hash, name, Problem.Severity.ERROR, Problem.Kind.DUPLICATE_HASH, "another module has hash "
                        + node.hash + "; this one is ignored when the canvas runs");
                    continue;
                }
                names.put(node.hash, nameCount.get(name) > 1 ? name + "#" + node.hash : name);
                cycles.module(node.hash);
                module(node, name);
            }
        }

        private void module(ModuleNode node, String name) {
            List<String> reported = new ArrayList<>();
            ModuleInstance m = registry.instantiate(node, reported);
            instances.put(node.hash, m);
            if (ModuleRegistry.isErrorStub(m)) {
                stubs.add(node.hash);
                add(node.hash, name, Problem.Severity.ERROR, Problem.Kind.UNKNOWN_TYPE, node.type == null
                    ? "module has no type" : "unknown module type " + node.type + " (not implemented yet)");
                return;
            }
            for (String r : reported) {
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
                } else if (p.value != null && !wiredTargets.contains(new Target(node.hash, p.name))) {
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
            Map<Target, Integer> into = new HashMap<>();
            for (ConnectionNode c : doc.connections) {
                ModuleInstance from = instances.get(c.from.module);
                ModuleInstance to = instances.get(c.to.module);
                int at = to != null ? c.to.module : c.from.module;
                if (from == null || to == null) {
                    int missing = from == null ? c.from.module : c.to.module;
                    add(at, names.get(at), Problem.Severity.ERROR, Problem.Kind.MISSING_MODULE, "connection " + c
                        + " refers to module " + missing + ", which is not on the canvas");
                    continue;
                }
                Output out = from.output(c.from.port);
                Input in = to.target(c.to.port);
                if (out == null || in == null) {
                    String what = out == null ? names.get(c.from.module) + " has no output '" + c.from.port + "'"
                        : names.get(c.to.module) + " has no input or parameter '" + c.to.port + "'";
                    add(at, names.get(at), Problem.Severity.ERROR, Problem.Kind.MISSING_PORT, "connection "
                        + names.get(c.from.module) + "." + c.from.port + " → " + names.get(c.to.module) + "."
                        + c.to.port + ": " + what);
                    continue;
                }
                Target key = new Target(c.to.module, c.to.port);
                fedTargets.add(key);
                int count = into.merge(key, 1, Integer::sum);
                if (count == 2) {
                    add(at, names.get(at), Problem.Severity.ERROR, Problem.Kind.MULTIPLE_CONNECTIONS, kind(in) + " '"
                        + in.displayName() + "' has more than one connection; an input takes one");
                }
                if (!out.types().compatibleWith(in.types())) {
                    add(at, names.get(at), Problem.Severity.ERROR, Problem.Kind.INCOMPATIBLE_TYPES, "cannot connect "
                        + out.type().streamrName() + " output '" + out.displayName() + "' to "
                        + in.type().streamrName() + " " + kind(in) + " '" + in.displayName() + "'");
                }
                if (!c.feedback) {
                    cycles.wire(c.from.module, c.to.module);
                }
            }
        }

        private String kind(Input in) {
            return in instanceof Parameter ? "parameter" : "input";
        }

        void unconnectedInputs() {
            for (ModuleNode node : nodes.values()) {
                if (stubs.contains(node.hash)) {
                    continue;
                }
                for (PortNode p : node.inputs) {
                    if (p.extra(StreamrCodec.DANGLING_SOURCE_ID) != null
                        && !fedTargets.contains(new Target(node.hash, p.name))) {
                        add(node.hash, names.get(node.hash), Problem.Severity.WARNING, Problem.Kind.DANGLING_SOURCE,
                            "input '" + p.name + "' was connected in Streamr to endpoint "
                                + p.extra(StreamrCodec.DANGLING_SOURCE_ID) + ", which is not in this canvas");
                    }
                }
                for (Input in : instances.get(node.hash).inputs()) {
                    // an exported input is fed by the parent canvas when this canvas is used as a sub-canvas
                    if (in.requiresConnection() && in.initialValue() == null && !in.isExported()
                        && !fedTargets.contains(new Target(node.hash, in.name()))) {
                        add(node.hash, names.get(node.hash), Problem.Severity.WARNING, Problem.Kind.UNCONNECTED_INPUT,
                            "input '" + in.displayName() + "' is not connected");
                    }
                }
            }
        }

        void cycles() {
            for (List<Integer> cycle : cycles.cycles()) {
                String path = cycle.stream().map(names::get).collect(Collectors.joining(" → "));
                int first = cycle.get(0);
                add(first, names.get(first), Problem.Severity.ERROR, Problem.Kind.CYCLE, "cycle through " + path
                    + ": mark one connection as feedback");
            }
        }

        private void add(int hash, String name, Problem.Severity severity, Problem.Kind kind, String message) {
            problems.add(new Problem(hash, name, severity, kind, message));
        }

        /** Module order first (problems of missing modules last), discovery order within a module. */
        List<Problem> sorted() {
            Map<Integer, Integer> order = new HashMap<>();
            for (ModuleNode node : doc.modules) {
                order.putIfAbsent(node.hash, order.size());
            }
            List<Problem> list = new ArrayList<>(problems);
            list.sort((a, b) -> Integer.compare(order.getOrDefault(a.moduleHash(), Integer.MAX_VALUE),
                order.getOrDefault(b.moduleHash(), Integer.MAX_VALUE)));
            return Collections.unmodifiableList(list);
        }

        private String label(ModuleNode node) {
            return node.displayName != null ? node.displayName : node.name != null ? node.name
                : String.valueOf(node.type);
        }
    }

    /** An input or parameter of a module instance, as a set key (no string building per lookup). */
    private record Target(int module, String port) {
    }
}
