package dev.rivulet.canvas.edit;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copied modules with their layouts and the connections among them, detached from any canvas (deep copies), ready to
 * paste into this or another canvas. Converts to and from a document, so the system clipboard can carry it as native
 * JSON.
 *
 * <p>Usage: {@code CanvasClip clip = session.copy(selection); session.paste(clip, 20, 20);}
 */
public record CanvasClip(List<ModuleNode> modules, Map<Integer, ModuleLayout> layouts,
                         List<ConnectionNode> connections) {

    public CanvasClip {
        modules = List.copyOf(modules);
        layouts = Map.copyOf(layouts);
        connections = List.copyOf(connections);
    }

    /** The given modules of a document (unknown hashes are skipped) and the wires that run between them. */
    public static CanvasClip of(CanvasDocument doc, Collection<Integer> hashes) {
        Set<Integer> wanted = new HashSet<>(hashes);
        List<ModuleNode> modules = new ArrayList<>();
        Map<Integer, ModuleLayout> layouts = new LinkedHashMap<>();
        for (ModuleNode m : doc.modules) {
            if (wanted.contains(m.hash)) {
                modules.add(m.copy());
                ModuleLayout l = doc.ui == null ? null : doc.ui.of(m.hash);
                if (l != null) {
                    layouts.put(m.hash, l.copy());
                }
            }
        }
        List<ConnectionNode> connections = new ArrayList<>();
        for (ConnectionNode c : doc.connections) {
            if (wanted.contains(c.from.module) && wanted.contains(c.to.module)) {
                connections.add(c.copy());
            }
        }
        return new CanvasClip(modules, layouts, connections);
    }

    /** The whole of a document (a file dropped or pasted as JSON). */
    public static CanvasClip of(CanvasDocument doc) {
        return of(doc, doc.modules.stream().map(m -> m.hash).toList());
    }

    public boolean isEmpty() {
        return modules.isEmpty();
    }

    /** A document holding the clip, for the clipboard. */
    public CanvasDocument toDocument() {
        CanvasDocument doc = new CanvasDocument();
        modules.forEach(m -> doc.modules.add(m.copy()));
        connections.forEach(c -> doc.connections.add(c.copy()));
        layouts.forEach((hash, l) -> doc.ui.put(hash, l.copy()));
        return doc;
    }
}
