package dev.rivulet.app.run;

import dev.rivulet.app.workspace.ConsoleViewModel.Row;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.ModuleStats;
import dev.rivulet.runtime.engine.RunStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's run-time rows for a running canvas: modules that failed (with the message), and inputs that never
 * received data because the module feeding them has sent nothing yet, once the run has had time to warm up.
 *
 * <p>Usage: {@code console.showRuntime(RuntimeWarnings.of(run.stats(), doc, ageMillis >= 3000));}
 */
final class RuntimeWarnings {
    private RuntimeWarnings() {
    }

    static List<Row> of(RunStats stats, CanvasDocument doc, boolean warmedUp) {
        Map<Integer, ModuleStats> byHash = new HashMap<>();
        for (ModuleStats m : stats.modules()) {
            if (RunStatuses.isTopLevel(m.path())) {
                byHash.put(m.hash(), m);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (ModuleStats m : byHash.values()) {
            if (m.error() != null) {
                rows.add(new Row(m.hash(), m.name(), Problem.Severity.ERROR, "run", "failed: " + m.error()));
            }
        }
        if (warmedUp) {
            for (ConnectionNode c : doc.connections) {
                ModuleStats from = byHash.get(c.from.module);
                ModuleStats to = byHash.get(c.to.module);
                if (from != null && to != null && from.eventsOut() == 0 && to.waiting()) {
                    ModuleNode target = doc.module(c.to.module).orElse(null);
                    String name = target == null ? to.name() : target.displayName != null ? target.displayName
                        : target.name;
                    rows.add(new Row(to.hash(), name, Problem.Severity.WARNING, "run", "input '" + c.to.port
                        + "' never received data (" + from.name() + " has sent nothing)"));
                }
            }
        }
        rows.sort((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity())
            : a.module().compareToIgnoreCase(b.module()));
        return rows;
    }
}
