package dev.rivulet.canvas.edit;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only thing that mutates a session's document. Keeps a hash index of the modules, and records every change so
 * that the session can tell views what an edit did. Only {@link EditSession} creates one; commands receive it.
 */
public final class DocumentEditor {
    private final CanvasDocument doc;
    private final Map<Integer, ModuleNode> byHash = new HashMap<>();
    private final List<CanvasChange> pending = new ArrayList<>();
    private final PortCatalog ports;

    DocumentEditor(CanvasDocument doc, PortCatalog ports) {
        this.doc = doc;
        this.ports = ports;
        if (doc.ui == null) {
            doc.ui = new CanvasLayout();
        }
        for (ModuleNode m : doc.modules) {
            byHash.putIfAbsent(m.hash, m);
        }
    }

    CanvasDocument document() {
        return doc;
    }

    public Optional<ModuleNode> module(int hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    boolean contains(int hash) {
        return byHash.containsKey(hash);
    }

    /** Puts a module at a position in the module list (its list index matters only for saving order). */
    public void insertModule(int index, ModuleNode node, ModuleLayout layout) {
        insertModule(index, node, layout, Integer.MAX_VALUE);
    }

    /** As above, with the layout entry at a position in the layout map, so that undo restores the saved order. */
    public void insertModule(int index, ModuleNode node, ModuleLayout layout, int layoutIndex) {
        if (byHash.containsKey(node.hash)) {
            throw new IllegalStateException("module " + node.hash + " is already on the canvas");
        }
        doc.modules.add(Math.min(index, doc.modules.size()), node);
        byHash.put(node.hash, node);
        if (layout != null) {
            putLayout(node.hash, layout, layoutIndex);
        }
        ports.forget(node.hash);
        pending.add(new CanvasChange.ModuleAdded(node.hash));
    }

    /** Takes a module off the canvas, with its layout; connections must have been removed first. */
    public RemovedModule removeModule(int hash) {
        ModuleNode node = require(hash);
        int index = doc.modules.indexOf(node);
        doc.modules.remove(index);
        byHash.remove(hash);
        String key = Integer.toString(hash);
        int layoutIndex = 0;
        for (String k : doc.ui.modules.keySet()) {
            if (k.equals(key)) {
                break;
            }
            layoutIndex++;
        }
        ModuleLayout layout = doc.ui.modules.remove(key);
        ports.forget(hash);
        pending.add(new CanvasChange.ModuleRemoved(hash));
        return new RemovedModule(index, node, layout, layoutIndex);
    }

    private void putLayout(int hash, ModuleLayout layout, int layoutIndex) {
        Map<String, ModuleLayout> map = doc.ui.modules;
        if (layoutIndex >= map.size()) {
            map.put(Integer.toString(hash), layout);
            return;
        }
        List<Map.Entry<String, ModuleLayout>> entries = new ArrayList<>();
        map.forEach((k, v) -> entries.add(Map.entry(k, v)));
        entries.add(layoutIndex, Map.entry(Integer.toString(hash), layout));
        map.clear();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
    }

    public void setPosition(int hash, double x, double y) {
        require(hash);
        ModuleLayout layout = doc.ui.of(hash);
        if (layout == null) {
            doc.ui.put(hash, new ModuleLayout(x, y));
        } else {
            layout.x = x;
            layout.y = y;
        }
        pending.add(new CanvasChange.ModuleMoved(hash));
    }

    /** Sets a module's stored size (null: natural size); announced as an update, since its geometry changes. */
    public void setSize(int hash, Double width, Double height) {
        require(hash);
        ModuleLayout layout = doc.ui.of(hash);
        if (layout == null) {
            layout = new ModuleLayout(0, 0);
            doc.ui.put(hash, layout);
        }
        layout.width = width;
        layout.height = height;
        pending.add(new CanvasChange.ModuleUpdated(hash));
    }

    public void setComments(List<CanvasComment> comments) {
        CanvasComment.write(doc, comments);
        pending.add(new CanvasChange.CommentsChanged());
    }

    public void setGroups(List<CanvasGroup> groups) {
        CanvasGroup.write(doc, groups);
        pending.add(new CanvasChange.GroupsChanged());
    }

    /** Marks a module as pinned (kept in place by automatic layout) in its layout's {@code pinned} field. */
    public void setPinned(int hash, boolean pinned) {
        require(hash);
        ModuleLayout layout = doc.ui.of(hash);
        if (layout == null) {
            layout = new ModuleLayout(0, 0);
            doc.ui.put(hash, layout);
        }
        if (pinned) {
            layout.putExtra(PINNED, Boolean.TRUE);
        } else {
            layout.extra().remove(PINNED);
        }
        pending.add(new CanvasChange.ModuleUpdated(hash));
    }

    /** The layout field that marks a pinned module; unknown to older readers, which keep it (an extra field). */
    public static final String PINNED = "pinned";

    /** Replaces a module's content (same hash) with the given node, which the document then owns. */
    public void replaceModule(ModuleNode node) {
        ModuleNode old = require(node.hash);
        doc.modules.set(doc.modules.indexOf(old), node);
        byHash.put(node.hash, node);
        ports.forget(node.hash);
        pending.add(new CanvasChange.ModuleUpdated(node.hash));
    }

    public void insertConnection(int index, ConnectionNode c) {
        doc.connections.add(Math.min(index, doc.connections.size()), c);
        pending.add(new CanvasChange.ConnectionAdded(c));
    }

    public void addConnection(ConnectionNode c) {
        insertConnection(doc.connections.size(), c);
    }

    /** Removes one connection (by identity); returns the index it had, for undo. */
    public int removeConnection(ConnectionNode c) {
        int index = indexOf(c);
        if (index < 0) {
            throw new IllegalStateException("connection " + c + " is not on the canvas");
        }
        doc.connections.remove(index);
        pending.add(new CanvasChange.ConnectionRemoved(c));
        return index;
    }

    /** Removes connections and returns them with their indices, lowest index first, ready for {@link #restore}. */
    public List<IndexedConnection> removeConnections(List<ConnectionNode> connections) {
        List<IndexedConnection> indexed = new ArrayList<>();
        for (ConnectionNode c : connections) {
            indexed.add(new IndexedConnection(indexOf(c), c));
        }
        indexed.sort((a, b) -> Integer.compare(b.index(), a.index()));
        for (IndexedConnection ic : indexed) {
            removeConnection(ic.connection());
        }
        Collections.reverse(indexed);
        return indexed;
    }

    /** Puts connections back where {@link #removeConnections} found them. */
    public void restore(List<IndexedConnection> connections) {
        for (IndexedConnection ic : connections) {
            insertConnection(ic.index(), ic.connection());
        }
    }

    /** Connections from or into any of the given modules, in document order. */
    List<ConnectionNode> connectionsTouching(java.util.Set<Integer> hashes) {
        List<ConnectionNode> touching = new ArrayList<>();
        for (ConnectionNode c : doc.connections) {
            if (hashes.contains(c.from.module) || hashes.contains(c.to.module)) {
                touching.add(c);
            }
        }
        return touching;
    }

    private int indexOf(ConnectionNode c) {
        List<ConnectionNode> list = doc.connections;
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private ModuleNode require(int hash) {
        ModuleNode node = byHash.get(hash);
        if (node == null) {
            throw new IllegalStateException("no module " + hash + " on the canvas");
        }
        return node;
    }

    List<CanvasChange> drain() {
        List<CanvasChange> changes = List.copyOf(pending);
        pending.clear();
        return changes;
    }

    /** A module taken off the canvas, with where it was, for undo. */
    public record RemovedModule(int index, ModuleNode node, ModuleLayout layout, int layoutIndex) {
    }

    /** A connection with its index in the document's list. */
    public record IndexedConnection(int index, ConnectionNode connection) {
    }
}
