package dev.rivulet.app.workspace;

import dev.rivulet.app.run.RunController;
import dev.rivulet.app.run.RunServices;
import dev.rivulet.app.workspace.ConsoleViewModel.Row;
import dev.rivulet.canvas.CanvasView;
import dev.rivulet.modules.custom.CustomCodeUnits.CodeUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The runs of the open canvases: one {@link RunController} per canvas, made on first use, with the run services the
 * composition root gives ({@link #setServices}). Routes each controller's module statuses to its canvas view and its
 * run-time warnings to the console while it is the current canvas, and keeps {@link #currentActive()} for the Run
 * menu and toolbar.
 *
 * <p>Usage: {@code runs.of(canvas).runRealtime(false); runs.currentActive().get()}
 */
final class CanvasRuns {
    private final WorkspaceViewModel vm;
    private final Function<OpenCanvas, CanvasView> views;
    private final ConsoleViewModel console;
    private final Consumer<String> status;
    private final WorkspaceDialogs dialogs;
    private final Map<OpenCanvas, RunController> controllers = new HashMap<>();
    private final Map<OpenCanvas, List<Row>> warnings = new HashMap<>();
    private final BooleanProperty currentActive = new SimpleBooleanProperty();
    private RunServices services;

    CanvasRuns(WorkspaceViewModel vm, Function<OpenCanvas, CanvasView> views, ConsoleViewModel console,
               Consumer<String> status, WorkspaceDialogs dialogs) {
        this.vm = vm;
        this.views = views;
        this.console = console;
        this.status = status;
        this.dialogs = dialogs;
        vm.current().addListener((o, a, b) -> currentChanged());
        vm.canvases().addListener((javafx.collections.ListChangeListener<OpenCanvas>) c -> {
            while (c.next()) {
                for (OpenCanvas closed : c.getRemoved()) {
                    RunController rc = controllers.remove(closed);
                    if (rc != null) {
                        rc.dispose();
                    }
                    warnings.remove(closed);
                }
            }
        });
    }

    /** Lets canvases run (the composition root calls this once the stores and the engine are ready). */
    void setServices(RunServices services) {
        this.services = services;
        controllers.values().forEach(c -> c.setServices(services));
    }

    /** The controller of a canvas, made on first use. */
    RunController of(OpenCanvas canvas) {
        return controllers.computeIfAbsent(canvas, this::create);
    }

    /** The current canvas's controller, or null when no canvas is open. */
    RunController current() {
        OpenCanvas c = vm.current().get();
        return c == null ? null : of(c);
    }

    /** True while the current canvas runs (or is starting). */
    BooleanProperty currentActive() {
        return currentActive;
    }

    /** Warnings to show in the console for the current canvas (empty when it has not run). */
    List<Row> currentWarnings() {
        OpenCanvas c = vm.current().get();
        return c == null ? List.of() : warnings.getOrDefault(c, List.of());
    }

    private RunController create(OpenCanvas canvas) {
        RunController rc = new RunController(() -> canvasId(canvas), canvas.session(), services);
        rc.setStatusSink(status);
        rc.setTrustPrompt(this::askTrust);
        rc.addStatusListener(shown -> {
            CanvasView v = views.apply(canvas);
            if (v != null) {
                v.setModuleStatus(shown);
            }
        });
        rc.addWarningListener(rows -> {
            warnings.put(canvas, rows);
            if (vm.current().get() == canvas) {
                console.showRuntime(rows);
            }
        });
        canvas.session().addListener(edit -> markNewCodeCreated(canvas, edit));
        rc.phase().addListener((o, a, b) -> {
            if (vm.current().get() == canvas) {
                currentActive.set(rc.isActive());
            }
        });
        return rc;
    }

    /**
     * A JavaModule the user has just added holds the editor's own template: recorded as written here, so it runs
     * without asking. Only that module is recorded (never the rest of the canvas, whose code may come from a file).
     */
    private void markNewCodeCreated(OpenCanvas canvas, dev.rivulet.canvas.edit.CanvasEdit edit) {
        RunServices s = services;
        if (s == null || s.trust() == null || edit.origin() != dev.rivulet.canvas.edit.CanvasEdit.Origin.DO) {
            return;
        }
        for (dev.rivulet.canvas.edit.CanvasChange c : edit.changes()) {
            if (c instanceof dev.rivulet.canvas.edit.CanvasChange.ModuleAdded added) {
                canvas.session().module(added.hash()).filter(m -> "java-module".equals(m.type)).ifPresent(m -> {
                    Object template = canvas.session().registry().newNode("java-module", 0).extra("code");
                    if (template != null && template.equals(m.extra("code"))) {
                        dev.rivulet.document.CanvasDocument one = new dev.rivulet.document.CanvasDocument();
                        one.modules.add(m.copy());
                        s.background().execute(() -> s.trust().markCreated(one));
                    }
                });
            }
        }
    }

    private boolean askTrust(List<CodeUnit> untrusted) {
        String where = untrusted.stream().map(CodeUnit::where).collect(Collectors.joining("\n  "));
        return dialogs.confirmTrust("Run custom code?", "This canvas holds Java code that was not written or trusted"
            + " in this workspace:\n  " + where + "\n\nCustom code runs with all the rights of Rivulet (files, network,"
            + " your wallet while it is unlocked). Trust it only if you know where it comes from.");
    }

    private void currentChanged() {
        RunController rc = current();
        currentActive.set(rc != null && rc.isActive());
        console.showRuntime(currentWarnings());
    }

    /** The workspace id when the canvas lives in the workspace, else the document's id, else its title. */
    static String canvasId(OpenCanvas canvas) {
        Object key = canvas.workspaceKey().get();
        if (key != null) {
            return key.toString();
        }
        String id = canvas.session().document().id;
        return id != null && !id.isBlank() ? id : canvas.title().get();
    }
}
