package dev.rivulet.canvas.edit;

import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import java.util.Optional;

/**
 * The editor's rules for drawing a wire, checked before any command is made: both ends exist, the wire runs from an
 * output to an input or parameter of another module, the types are compatible (Streamr's rule: either side is Object
 * or the type sets meet), and the input is free (an input takes one connection; replacing is a separate edit).
 */
final class ConnectionRules {
    private final DocumentEditor doc;
    private final PortCatalog ports;

    ConnectionRules(DocumentEditor doc, PortCatalog ports) {
        this.doc = doc;
        this.ports = ports;
    }

    ConnectionCheck check(int fromHash, String fromPort, int toHash, String toPort) {
        Optional<ModuleNode> from = doc.module(fromHash);
        Optional<ModuleNode> to = doc.module(toHash);
        if (from.isEmpty() || to.isEmpty()) {
            return ConnectionCheck.refused("module " + (from.isEmpty() ? fromHash : toHash) + " is not on the canvas");
        }
        Optional<PortInfo> out = ports.of(from.get()).output(fromPort);
        if (out.isEmpty()) {
            return ConnectionCheck.refused(label(from.get()) + " has no output '" + fromPort + "'");
        }
        Optional<PortInfo> in = ports.of(to.get()).receiving(toPort);
        if (in.isEmpty()) {
            return ConnectionCheck.refused(label(to.get()) + " has no input '" + toPort + "'");
        }
        if (fromHash == toHash) {
            return ConnectionCheck.refused("a module cannot feed its own " + kind(in.get()) + "s");
        }
        if (!out.get().types().compatibleWith(in.get().types())) {
            return ConnectionCheck.refused("types do not match: " + out.get().types().displayName() + " output '"
                + out.get().displayName() + "' cannot feed " + in.get().types().displayName() + " " + kind(in.get())
                + " '" + in.get().displayName() + "' of " + label(to.get()));
        }
        Optional<ConnectionNode> existing = doc.document().connectionInto(toHash, toPort);
        if (existing.isPresent()) {
            ConnectionNode c = existing.get();
            if (c.from.module == fromHash && c.from.port.equals(fromPort)) {
                return ConnectionCheck.refused("these ports are already connected");
            }
            String source = doc.module(c.from.module).map(ConnectionRules::label).orElse("module " + c.from.module);
            return ConnectionCheck.occupied(kind(in.get()) + " '" + in.get().displayName() + "' of " + label(to.get())
                + " is already fed by " + source + "." + c.from.port + "; an input takes one connection", c);
        }
        return ConnectionCheck.ok();
    }

    private static String kind(PortInfo p) {
        return p.kind() == PortInfo.Kind.PARAMETER ? "parameter" : "input";
    }

    static String label(ModuleNode node) {
        return node.displayName != null ? node.displayName : node.name != null ? node.name : String.valueOf(node.type);
    }
}
