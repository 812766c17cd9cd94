package dev.rivulet.app.workspace;

import dev.rivulet.canvas.CanvasCommands;
import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.edit.EditResult;
import dev.rivulet.document.CanvasFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the menus, toolbar and shortcuts do: file actions (through the view model and the dialogs) and canvas commands
 * on the current view. Failures end in a clear dialog or status message; nothing open is lost.
 *
 * <p>Usage: {@code menuItem.setOnAction(e -> actions.open());}
 */
final class WorkspaceActions {
    private final WorkspaceViewModel vm;
    private final WorkspaceDialogs dialogs;
    private final Supplier<CanvasView> view;
    private final Consumer<String> status;

    WorkspaceActions(WorkspaceViewModel vm, WorkspaceDialogs dialogs, Supplier<CanvasView> view,
                     Consumer<String> status) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.view = view;
        this.status = status;
    }

    void newCanvas() {
        vm.newCanvas();
    }

    /** Opens a native or Streamr canvas file (the format is detected from the content). */
    void open() {
        dialogs.chooseFileToOpen("Open or import a canvas (Rivulet or Streamr JSON)").ifPresent(this::open);
    }

    void open(Path file) {
        WorkspaceViewModel.OpenResult r = vm.open(file);
        r.error().ifPresent(message -> dialogs.error("Cannot open " + file.getFileName(), message
            + "\n\nNothing was opened; your open canvases are unchanged."));
        if (!r.notes().isEmpty()) {
            dialogs.info("Imported with notes", String.join("\n", r.notes()));
        }
        r.canvas().ifPresent(c -> status.accept("Opened " + file));
    }

    void save() {
        OpenCanvas c = vm.current().get();
        if (c == null) {
            return;
        }
        try {
            if (vm.save(c) == CanvasDocuments.SaveOutcome.NEEDS_LOCATION) {
                saveAs();
            } else {
                status.accept("Saved " + c.title().get());
            }
        } catch (IOException e) {
            dialogs.error("Cannot save " + c.title().get(), e.getMessage());
        }
    }

    void saveAs() {
        write(CanvasFormat.NATIVE, "Save canvas as");
    }

    void exportStreamr() {
        write(CanvasFormat.STREAMR, "Export as Streamr canvas JSON");
    }

    private void write(CanvasFormat format, String title) {
        OpenCanvas c = vm.current().get();
        if (c == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToSave(title, c.title().get() + ".json");
        if (file.isEmpty()) {
            return;
        }
        try {
            List<String> lost = vm.saveAs(c, file.get(), format);
            status.accept("Wrote " + file.get());
            if (!lost.isEmpty()) {
                dialogs.info("Exported with notes", String.join("\n", lost));
            }
        } catch (IOException e) {
            dialogs.error("Cannot write " + file.get().getFileName(), e.getMessage());
        }
    }

    void closeCurrent() {
        Optional.ofNullable(vm.current().get()).filter(this::mayClose).ifPresent(vm::close);
    }

    /** True when a canvas can close: no unsaved edits, or the user agrees to discard them. */
    boolean mayClose(OpenCanvas c) {
        return !c.dirty().get() || dialogs.confirmDiscard("Close " + c.title().get() + "?",
            c.title().get() + " has changes that are not saved. Close it and discard them?");
    }

    /** Runs a canvas command on the current view, if there is one. */
    void canvas(Consumer<CanvasCommands> command) {
        CanvasView v = view.get();
        if (v != null) {
            command.accept(v.commands());
        }
    }

    void pinSelection() {
        pin(true);
    }

    void unpinSelection() {
        pin(false);
    }

    private void pin(boolean on) {
        CanvasView v = view.get();
        if (v != null && !v.selection().isEmpty()) {
            EditResult r = v.session().setPinned(v.selection().hashes(), on);
            status.accept(r.done() ? (on ? "Pinned: automatic layout leaves these modules in place" : "Unpinned")
                : r.reason());
        }
    }

    void paste() {
        CanvasView v = view.get();
        if (v != null) {
            EditResult r = v.commands().paste();
            if (!r.done()) {
                status.accept("Nothing pasted: " + r.reason());
            }
        }
    }
}
