package dev.rivulet.runtime.workspace;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one or more edits changed in a canvas document, as the edit journal stores it: the resulting state of every
 * module and connection touched (upserted or removed, the last change winning), and optionally a whole document that
 * replaces everything before it. Deltas merge, so a burst of edits becomes one journal row; applying a delta to the
 * document it was made from gives the edited document. The entries must be copies (the journal serialises them on
 * its own thread): callers never touch them again after handing them over.
 *
 * <p>Usage:
 * <pre>{@code
 * CanvasDelta d = new CanvasDelta();
 * d.upsertModule(node.copy(), layout.copy());
 * d.addConnection(connection.copy());
 * journal.append(canvasId, d);
 * }</pre>
 */
public final class CanvasDelta {
    private CanvasDocument document;
    private final Map<Integer, ModuleState> modules = new LinkedHashMap<>();
    private final Map<ConnectionKey, ConnectionNode> connections = new LinkedHashMap<>();
    /** The canvas layout's own fields (comments, groups) after the edits, or null when unchanged. */
    private CanvasLayout layoutExtra;

    /** A module's state after the edits: {@code node == null} means removed. */
    record ModuleState(ModuleNode node, ModuleLayout layout) {
    }

    /** Connections are identified by their end points: an input or parameter has at most one. */
    record ConnectionKey(int fromModule, String fromPort, int toModule, String toPort) {
        static ConnectionKey of(ConnectionNode c) {
            return new ConnectionKey(c.from.module, c.from.port, c.to.module, c.to.port);
        }

        boolean touches(int hash) {
            return fromModule == hash || toModule == hash;
        }
    }

    /** The module now looks like {@code node}, placed at {@code layout} (null: no layout). */
    public CanvasDelta upsertModule(ModuleNode node, ModuleLayout layout) {
        modules.remove(node.hash);
        modules.put(node.hash, new ModuleState(node, layout));
        return this;
    }

    /** The module is gone, and with it every connection to or from it recorded so far. */
    public CanvasDelta removeModule(int hash) {
        modules.remove(hash);
        modules.put(hash, new ModuleState(null, null));
        connections.replaceAll((key, c) -> key.touches(hash) ? null : c);
        return this;
    }

    public CanvasDelta addConnection(ConnectionNode connection) {
        ConnectionKey key = ConnectionKey.of(connection);
        connections.remove(key);
        connections.put(key, connection);
        return this;
    }

    public CanvasDelta removeConnection(ConnectionNode connection) {
        ConnectionKey key = ConnectionKey.of(connection);
        connections.remove(key);
        connections.put(key, null);
        return this;
    }

    /**
     * The canvas layout's own fields (comments, groups: everything but module positions) are now those of
     * {@code copy}, a copy the delta keeps.
     */
    public CanvasDelta replaceLayoutExtra(CanvasLayout copy) {
        layoutExtra = copy;
        return this;
    }

    /** The whole document is replaced (for edits that do not say what they changed, or a restore). */
    public CanvasDelta replaceDocument(CanvasDocument copy) {
        document = copy;
        modules.clear();
        connections.clear();
        layoutExtra = null;
        return this;
    }

    public boolean isEmpty() {
        return document == null && modules.isEmpty() && connections.isEmpty() && layoutExtra == null;
    }

    /** Folds a later delta into this one, as if its edits had been recorded here. */
    public CanvasDelta merge(CanvasDelta later) {
        if (later.document != null) {
            replaceDocument(later.document);
        }
        later.modules.forEach((hash, state) -> {
            if (state.node() == null) {
                removeModule(hash);
            } else {
                modules.remove(hash);
                modules.put(hash, state);
            }
        });
        later.connections.forEach((key, c) -> {
            connections.remove(key);
            connections.put(key, c);
        });
        if (later.layoutExtra != null) {
            layoutExtra = later.layoutExtra;
        }
        return this;
    }

    /**
     * Applies the delta to {@code doc} and returns the result: {@code doc} itself, changed in place, or the replacing
     * document. Removing a module also removes its layout and every connection that still touches it.
     */
    public CanvasDocument applyTo(CanvasDocument doc) {
        CanvasDocument target = document == null ? doc : document.copy();
        modules.forEach((hash, state) -> {
            int at = indexOf(target, hash);
            if (state.node() == null) {
                if (at >= 0) {
                    target.modules.remove(at);
                }
                target.ui.modules.remove(Integer.toString(hash));
                target.connections.removeIf(c -> ConnectionKey.of(c).touches(hash));
            } else {
                ModuleNode node = state.node().copy();
                if (at >= 0) {
                    target.modules.set(at, node);
                } else {
                    target.modules.add(node);
                }
                if (state.layout() != null) {
                    target.ui.put(hash, state.layout().copy());
                }
            }
        });
        connections.forEach((key, c) -> {
            target.connections.removeIf(existing -> ConnectionKey.of(existing).equals(key));
            if (c != null) {
                target.connections.add(c.copy());
            }
        });
        if (layoutExtra != null) {
            target.ui.extra().clear();
            target.ui.extra().putAll(layoutExtra.copy().extra());
        }
        return target;
    }

    private static int indexOf(CanvasDocument doc, int hash) {
        for (int i = 0; i < doc.modules.size(); i++) {
            if (doc.modules.get(i).hash == hash) {
                return i;
            }
        }
        return -1;
    }

    CanvasDocument document() {
        return document;
    }

    Map<Integer, ModuleState> modules() {
        return Collections.unmodifiableMap(modules);
    }

    CanvasLayout layoutExtra() {
        return layoutExtra;
    }

    Map<ConnectionKey, ConnectionNode> connections() {
        return Collections.unmodifiableMap(connections);
    }
}
