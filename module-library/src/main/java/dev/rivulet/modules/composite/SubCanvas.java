package dev.rivulet.modules.composite;

import dev.rivulet.core.DataType;
import dev.rivulet.core.EmbeddedCanvas;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TypeSet;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A saved canvas as seen from a module that embeds it: the document, found by id through the registry's
 * {@link dev.rivulet.core.CanvasResolver}, and its exported endpoints (ports marked {@code export} in the sub-canvas),
 * in Streamr's order: exported parameters of all modules first, then each module's exported inputs; outputs in
 * module order.
 */
final class SubCanvas {
    /** Type ids of the modules that embed a canvas through their "canvas" parameter. */
    static final Set<String> EMBEDDING_TYPES = Set.of("canvas", "for-each", "for-each-item");

    /** One exported endpoint of the sub-canvas. */
    record Exported(int module, String name, String displayName, String longName, DataType type, TypeSet types,
                    boolean parameter, boolean driving, boolean canToggleDriving, boolean requiresConnection,
                    String help, Object value, List<Parameter.PossibleValue> choices) {
        EmbeddedCanvas.PortRef ref() {
            return new EmbeddedCanvas.PortRef(module, name);
        }
    }

    final String id;
    final CanvasDocument document;
    final List<Exported> inputs;
    final List<Exported> outputs;
    /** What configuring the sub-canvas's modules reported (shown as warnings on the host). */
    final List<String> problems;

    private SubCanvas(String id, CanvasDocument document, List<Exported> inputs, List<Exported> outputs,
                      List<String> problems) {
        this.id = id;
        this.document = document;
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
        this.problems = List.copyOf(problems);
    }

    /** The sub-canvas's name for messages. */
    String label() {
        return label(document, id);
    }

    static String label(CanvasDocument doc, String id) {
        return "\"" + (doc != null && doc.name != null && !doc.name.isBlank() ? doc.name : id) + "\"";
    }

    /**
     * Resolves and inspects the canvas with the given id. Throws a ModuleException whose message is meant for the
     * user when there is no such canvas or embedding it would nest a canvas inside itself.
     */
    static SubCanvas load(ModuleRegistry registry, String canvasId) {
        if (registry == null) {
            throw new ModuleException("no saved canvases are available here, so canvas \"" + canvasId
                + "\" cannot be found");
        }
        CanvasDocument doc = registry.canvasResolver().resolve(canvasId).orElseThrow(() -> new ModuleException(
            "canvas \"" + canvasId + "\" not found: a sub-canvas is found by its id among the saved canvases (for a"
                + " canvas file, the canvas files in the same folder)"));
        String cycle = findCycle(registry, canvasId);
        if (cycle != null) {
            throw new ModuleException(cycle);
        }
        List<Exported> params = new ArrayList<>();
        List<Exported> ins = new ArrayList<>();
        List<Exported> outs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ModuleNode node : doc.modules) {
            List<String> reported = new ArrayList<>();
            ModuleInstance m = registry.instantiate(node, reported);
            for (String r : reported) {
                problems.add("in sub-canvas " + label(doc, canvasId) + ", module " + m.name() + ": " + r);
            }
            for (Parameter p : m.params()) {
                if (p.isExported()) {
                    params.add(exported(node.hash, p, true));
                }
            }
            for (Input in : m.inputs()) {
                if (in.isExported()) {
                    ins.add(exported(node.hash, in, false));
                }
            }
            for (Output o : m.outputs()) {
                if (o.isExported()) {
                    outs.add(new Exported(node.hash, o.name(), o.displayName(), o.longName(), o.type(), o.types(),
                        false, false, false, false, o.help(), null, List.of()));
                }
            }
        }
        params.addAll(ins);
        return new SubCanvas(canvasId, doc, params, outs, problems);
    }

    private static Exported exported(int hash, Input in, boolean parameter) {
        Parameter p = parameter ? (Parameter) in : null;
        return new Exported(hash, in.name(), in.displayName(), in.longName(), in.type(), in.types(), parameter,
            in.isDriving(), in.canToggleDriving(), in.requiresConnection(), in.help(),
            p == null ? null : p.getValue(), p == null ? List.of() : p.possibleValues());
    }

    /**
     * Streamr's "Cyclic canvas dependency detected!": a message naming the loop when the canvas, directly or through
     * the canvases it embeds, embeds itself; null when the nesting is a tree. Canvases that cannot be found end the
     * search there (they are reported by the module that embeds them).
     */
    static String findCycle(ModuleRegistry registry, String startId) {
        List<String> path = new ArrayList<>();
        List<String> loop = visit(registry, startId, path, new HashSet<>());
        if (loop == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String id : loop) {
            names.add(label(registry.canvasResolver().resolve(id).orElse(null), id));
        }
        String how = loop.size() == 2 ? names.get(0) + " embeds itself" : String.join(" → ", names);
        return "Cyclic canvas dependency detected! " + how + ": a canvas cannot contain itself, directly or through "
            + "the canvases it embeds";
    }

    private static List<String> visit(ModuleRegistry registry, String id, List<String> path, Set<String> clean) {
        int at = path.indexOf(id);
        if (at >= 0) {
            List<String> loop = new ArrayList<>(path.subList(at, path.size()));
            loop.add(id);
            return loop;
        }
        if (clean.contains(id)) {
            return null;
        }
        CanvasDocument doc = registry.canvasResolver().resolve(id).orElse(null);
        if (doc == null) {
            return null;
        }
        path.add(id);
        for (ModuleNode node : doc.modules) {
            ModuleDefinition def = registry.resolve(node.type);
            if (def == null || !EMBEDDING_TYPES.contains(def.id())) {
                continue;
            }
            Object child = node.paramValue("canvas", null);
            if (child != null && !String.valueOf(child).isBlank()) {
                List<String> loop = visit(registry, String.valueOf(child), path, clean);
                if (loop != null) {
                    return loop;
                }
            }
        }
        path.remove(path.size() - 1);
        clean.add(id);
        return null;
    }
}
