package dev.rivulet.runtime.workspace;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Test helpers: a real migrated workspace.db in a temporary folder, and small documents. */
final class Workspaces {
    static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    private Workspaces() {
    }

    static CanvasRepository repository(Path dir) {
        return new CanvasRepository(Databases.open(DataDirectory.open(Optional.of(dir))).workspace(),
            Clock.systemUTC());
    }

    static ModuleNode add(CanvasDocument doc, String type, int hash, double x, double y) {
        ModuleNode node = REGISTRY.newNode(type, hash);
        doc.modules.add(node);
        doc.ui.put(hash, new ModuleLayout(x, y));
        return node;
    }

    static ConnectionNode connect(CanvasDocument doc, int from, String out, int to, String in) {
        ConnectionNode c = new ConnectionNode(from, out, to, in);
        doc.connections.add(c);
        return c;
    }

    /** constant(1) -> moving-average(2) */
    static CanvasDocument smallCanvas() {
        CanvasDocument doc = new CanvasDocument();
        add(doc, "constant", 1, 0, 0);
        add(doc, "moving-average", 2, 200, 0);
        connect(doc, 1, "out", 2, "in");
        return doc;
    }
}
