package dev.rivulet.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A canvas: modules, explicit connections, settings, and (apart from the logic) the layout.
 *
 * <p>Usage: {@code CanvasDocument doc = NativeCodec.read(json); doc.module(42).ifPresent(...)}.
 * The document is plain data; it knows nothing of running instances.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "id", "name", "settings", "modules", "connections", "ui"})
public final class CanvasDocument extends Extensible {
    /** The native format version this build writes. */
    public static final int SCHEMA_VERSION = 1;

    public int schemaVersion = SCHEMA_VERSION;
    public String id;
    public String name;
    public CanvasSettings settings = new CanvasSettings();
    public List<ModuleNode> modules = new ArrayList<>();
    public List<ConnectionNode> connections = new ArrayList<>();
    public CanvasLayout ui = new CanvasLayout();

    public Optional<ModuleNode> module(int hash) {
        for (ModuleNode m : modules) {
            if (m.hash == hash) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The connection feeding an input or parameter, if any (an input has at most one). */
    public Optional<ConnectionNode> connectionInto(int hash, String port) {
        for (ConnectionNode c : connections) {
            if (c.to.module == hash && c.to.port.equals(port)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public CanvasDocument copy() {
        CanvasDocument d = new CanvasDocument();
        d.schemaVersion = schemaVersion;
        d.id = id;
        d.name = name;
        d.settings = settings == null ? null : settings.copy();
        for (ModuleNode m : modules) {
            d.modules.add(m.copy());
        }
        for (ConnectionNode c : connections) {
            d.connections.add(c.copy());
        }
        d.ui = ui == null ? null : ui.copy();
        d.copyExtraFrom(this);
        return d;
    }

    /**
     * A copy that shares this document's module and connection nodes and copies everything else (settings, layout,
     * extras). Cheap (no module is copied), and as safe as {@link #copy()} for whoever treats module and connection
     * nodes as values once they are in a document, as the canvas editor does (its edits replace a module's node,
     * never change it, and add or remove connection nodes, never change them). The editor checkpoints with it so
     * that the expensive deep copy and serialisation happen off its thread.
     */
    public CanvasDocument snapshot() {
        CanvasDocument d = new CanvasDocument();
        d.schemaVersion = schemaVersion;
        d.id = id;
        d.name = name;
        d.settings = settings == null ? null : settings.copy();
        d.modules = new ArrayList<>(modules);
        d.connections = new ArrayList<>(connections);
        d.ui = ui == null ? null : ui.copy();
        d.copyExtraFrom(this);
        return d;
    }
}
