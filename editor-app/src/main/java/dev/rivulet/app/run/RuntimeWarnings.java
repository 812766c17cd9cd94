package dev.rivulet.app.run;

import dev.rivulet.app.workspace.ConsoleViewModel.Row;
import dev.rivulet.canvas.geometry.ModuleGeometry;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.runtime.engine.ModuleStats;
import dev.rivulet.runtime.engine.RunStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's run-time rows for a running canvas: modules that failed (with the message), and connected inputs that
 * never received a value, once the run has had time to warm up (the engine reports which inputs are still without a
 * value). Modules inside sub-canvases report on the row of the top-level module that embeds them, naming themselves.
 *
 * <p>Usage: {@code console.showRuntime(RuntimeWarnings.of(run.stats(), doc, ageMillis >= 3000));}
 */
final class RuntimeWarnings {
    private RuntimeWarnings() {
    }

    static List<Row> of(RunStats stats, CanvasDocument doc, boolean warmedUp) {
        Map<Integer, ModuleStats> topLevel = new HashMap<>();
        for (ModuleStats m : stats.modules()) {
            if (RunStatuses.isTopLevel(m.path())) {
                topLevel.put(m.hash(), m);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (ModuleStats m : stats.modules()) {
            int host = RunStatuses.hostHash(m.path());
            if (host < 0) {
                continue;
            }
            boolean top = RunStatuses.isTopLevel(m.path());
            String hostName = name(doc, host, top ? m.name() : String.valueOf(host));
            String inside = top ? "" : "inside: " + m.name() + " (" + m.path() + "): ";
            if (m.error() != null) {
                rows.add(new Row(host, hostName, Problem.Severity.ERROR, "run", inside + "failed: " + m.error()));
            }
            if (!warmedUp) {
                continue;
            }
            for (String input : m.silentInputs()) {
                rows.add(new Row(host, hostName, Problem.Severity.WARNING, "run", inside + "input '" + input
                    + "' never received data" + (top ? feeder(doc, topLevel, m.hash(), input) : "")));
            }
        }
        rows.sort((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity())
            : a.module().compareToIgnoreCase(b.module()));
        return rows;
    }

    /** " (Constant has sent nothing)", or which output of which module feeds the input. */
    private static String feeder(CanvasDocument doc, Map<Integer, ModuleStats> topLevel, int hash, String input) {
        for (ConnectionNode c : doc.connections) {
            if (c.to.module == hash && c.to.port.equals(input)) {
                ModuleStats from = topLevel.get(c.from.module);
                String name = name(doc, c.from.module, from == null ? String.valueOf(c.from.module) : from.name());
                return from != null && from.eventsOut() == 0 ? " (" + name + " has sent nothing)"
                    : " (nothing yet from " + name + "'s '" + c.from.port + "')";
            }
        }
        return "";
    }

    private static String name(CanvasDocument doc, int hash, String fallback) {
        return doc.module(hash).map(ModuleGeometry::title).orElse(fallback);
    }
}
