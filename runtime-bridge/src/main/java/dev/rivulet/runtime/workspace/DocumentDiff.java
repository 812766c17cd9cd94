package dev.rivulet.runtime.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Says in a short line what changed between two versions of a canvas, for the version history: "added 2 modules (Add,
 * Table), removed 1 connection, changed param windowLength of MovingAverage". Modules are matched by hash and named by
 * their display name (or type name); long lists are cut after three names.
 *
 * <p>Usage: {@code String summary = DocumentDiff.summarize(previous, current);}
 */
public final class DocumentDiff {
    private static final int NAMES = 3;

    private DocumentDiff() {
    }

    /** The summary of going from {@code before} (null: nothing) to {@code after}. */
    public static String summarize(CanvasDocument before, CanvasDocument after) {
        if (before == null) {
            return "created with " + count(after.modules.size(), "module") + " and "
                + count(after.connections.size(), "connection");
        }
        Map<Integer, ModuleNode> old = byHash(before);
        Map<Integer, ModuleNode> now = byHash(after);
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.name, after.name) && after.name != null) {
            parts.add("renamed canvas to " + after.name);
        }
        List<String> added = new ArrayList<>();
        now.forEach((hash, m) -> {
            if (!old.containsKey(hash)) {
                added.add(label(m));
            }
        });
        List<String> removed = new ArrayList<>();
        old.forEach((hash, m) -> {
            if (!now.containsKey(hash)) {
                removed.add(label(m));
            }
        });
        if (!added.isEmpty()) {
            parts.add("added " + count(added.size(), "module") + " " + names(added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + count(removed.size(), "module") + " " + names(removed));
        }
        Set<String> oldWires = wires(before);
        Set<String> newWires = wires(after);
        int wiresAdded = (int) newWires.stream().filter(w -> !oldWires.contains(w)).count();
        int wiresRemoved = (int) oldWires.stream().filter(w -> !newWires.contains(w)).count();
        if (wiresAdded > 0) {
            parts.add("added " + count(wiresAdded, "connection"));
        }
        if (wiresRemoved > 0) {
            parts.add("removed " + count(wiresRemoved, "connection"));
        }
        parts.addAll(moduleChanges(before, after, old, now));
        if (!Objects.equals(WorkspaceJson.MAPPER.valueToTree(before.settings),
            WorkspaceJson.MAPPER.valueToTree(after.settings))) {
            parts.add("changed canvas settings");
        }
        return parts.isEmpty() ? "no changes" : String.join(", ", parts);
    }

    private static List<String> moduleChanges(CanvasDocument before, CanvasDocument after,
                                              Map<Integer, ModuleNode> old, Map<Integer, ModuleNode> now) {
        List<String> params = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int moved = 0;
        for (Map.Entry<Integer, ModuleNode> e : now.entrySet()) {
            ModuleNode was = old.get(e.getKey());
            if (was == null) {
                continue;
            }
            ModuleNode is = e.getValue();
            if (!samePlace(before.ui.of(e.getKey()), after.ui.of(e.getKey()))) {
                moved++;
            }
            if (tree(was).equals(tree(is))) {
                continue; // the common case, one comparison instead of one per part
            }
            if (!Objects.equals(was.displayName, is.displayName)) {
                renamed.add(label(was) + " to " + label(is));
            }
            List<String> names = changedParams(was, is);
            names.forEach(p -> params.add(p + " of " + label(is)));
            if (!rest(was).equals(rest(is))) {
                changed.add(label(is));
            }
        }
        List<String> parts = new ArrayList<>();
        if (params.size() == 1) {
            parts.add("changed param " + params.get(0));
        } else if (!params.isEmpty()) {
            parts.add("changed " + params.size() + " params " + names(params));
        }
        if (renamed.size() <= NAMES) {
            renamed.forEach(r -> parts.add("renamed " + r));
        } else {
            parts.add("renamed " + count(renamed.size(), "module"));
        }
        if (!changed.isEmpty()) {
            parts.add("changed ports of " + String.join(", ", cut(changed)));
        }
        if (moved > 0) {
            parts.add("moved " + count(moved, "module"));
        }
        return parts;
    }

    private static List<String> changedParams(ModuleNode was, ModuleNode is) {
        List<String> names = new ArrayList<>();
        for (PortNode p : is.params) {
            Object before = was.param(p.name).map(x -> x.value).orElse(null);
            if (!Objects.equals(tree(before), tree(p.value))) {
                names.add(p.name);
            }
        }
        return names;
    }

    /** The module without its parameter values and display name: what is left are ports, flags and options. */
    private static JsonNode rest(ModuleNode m) {
        ObjectNode tree = WorkspaceJson.MAPPER.valueToTree(m);
        tree.remove("displayName");
        for (JsonNode p : tree.path("params")) {
            ((ObjectNode) p).remove("value");
        }
        return tree;
    }

    private static JsonNode tree(Object value) {
        return WorkspaceJson.MAPPER.valueToTree(value);
    }

    private static boolean samePlace(ModuleLayout a, ModuleLayout b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.x == b.x && a.y == b.y && Objects.equals(a.width, b.width) && Objects.equals(a.height, b.height);
    }

    private static Map<Integer, ModuleNode> byHash(CanvasDocument doc) {
        Map<Integer, ModuleNode> map = new LinkedHashMap<>();
        doc.modules.forEach(m -> map.put(m.hash, m));
        return map;
    }

    private static Set<String> wires(CanvasDocument doc) {
        Set<String> set = new LinkedHashSet<>();
        for (ConnectionNode c : doc.connections) {
            set.add(c.toString());
        }
        return set;
    }

    static String label(ModuleNode m) {
        if (m.displayName != null && !m.displayName.isBlank()) {
            return m.displayName;
        }
        return m.name != null ? m.name : m.type;
    }

    private static String names(List<String> names) {
        return "(" + String.join(", ", cut(names)) + ")";
    }

    private static List<String> cut(List<String> names) {
        if (names.size() <= NAMES) {
            return names;
        }
        List<String> shown = new ArrayList<>(names.subList(0, NAMES));
        shown.add("…");
        return shown;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
