package dev.rivulet.app.start;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFormat;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.CanvasSort;
import dev.rivulet.runtime.workspace.CanvasSummary;
import dev.rivulet.runtime.workspace.VersionKind;
import dev.rivulet.runtime.workspace.WorkspaceFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the start page: the canvases of the workspace (search, sort by name or last change), the
 * recently opened ones, and new, open, rename, duplicate, delete and import. Database work runs on {@code background};
 * results land on {@code ui} (the FX thread in the app, the calling thread in tests). Opening a canvas is the
 * editor's business: the page only calls {@code onOpen} with the canvas id.
 *
 * <p>Usage: {@code new StartPageViewModel(canvases, files, executor, Platform::runLater, id -> editor.open(id))}
 */
public final class StartPageViewModel {
    static final int RECENT = 5;
    static final String NEW_NAME = "Untitled canvas";

    private final CanvasRepository canvases;
    private final WorkspaceFiles files;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> onOpen;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<CanvasSort> sort = new SimpleObjectProperty<>(CanvasSort.UPDATED);
    private final ObservableList<CanvasSummary> list = FXCollections.observableArrayList();
    private final ObservableList<CanvasSummary> recent = FXCollections.observableArrayList();
    private final ObjectProperty<CanvasSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public StartPageViewModel(CanvasRepository canvases, WorkspaceFiles files, Executor background, Executor ui,
                              Consumer<String> onOpen) {
        this.canvases = Objects.requireNonNull(canvases, "canvases");
        this.files = Objects.requireNonNull(files, "files");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.onOpen = Objects.requireNonNull(onOpen, "onOpen");
        search.addListener((o, a, b) -> refresh());
        sort.addListener((o, a, b) -> refresh());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<CanvasSort> sortProperty() {
        return sort;
    }

    /** The canvases matching the search, in the chosen order. */
    public ObservableList<CanvasSummary> canvases() {
        return list;
    }

    /** The canvases opened most recently, newest first. */
    public ObservableList<CanvasSummary> recent() {
        return recent;
    }

    public ObjectProperty<CanvasSummary> selectedProperty() {
        return selected;
    }

    /** The last outcome or error to show the user; empty when there is none. */
    public StringProperty messageProperty() {
        return message;
    }

    public void refresh() {
        String query = search.get();
        CanvasSort order = sort.get();
        work(() -> new Lists(canvases.list(query, order), canvases.recent(RECENT)), lists -> {
            String keep = selected.get() == null ? null : selected.get().id();
            list.setAll(lists.all());
            recent.setAll(lists.recent());
            selected.set(list.stream().filter(c -> c.id().equals(keep)).findFirst().orElse(null));
        });
    }

    private record Lists(List<CanvasSummary> all, List<CanvasSummary> recent) {
    }

    /** Creates an empty canvas with a free "Untitled canvas" name and opens it. */
    public void newCanvas() {
        work(() -> canvases.create(freeName(NEW_NAME), new CanvasDocument(), VersionKind.CREATE), created -> {
            message.set("Created \"" + created.name() + "\".");
            open(created);
        });
    }

    public void open(CanvasSummary canvas) {
        onOpen.accept(canvas.id());
        refresh();
    }

    public void rename(CanvasSummary canvas, String name) {
        if (name == null || name.isBlank()) {
            message.set("A canvas needs a name.");
            return;
        }
        work(() -> canvases.rename(canvas.id(), name), renamed -> {
            message.set("Renamed \"" + canvas.name() + "\" to \"" + renamed.name() + "\".");
            refresh();
        });
    }

    public void duplicate(CanvasSummary canvas) {
        work(() -> canvases.duplicate(canvas.id(), freeName(canvas.name() + " (copy)")), copy -> {
            message.set("Duplicated as \"" + copy.name() + "\".");
            refresh();
        });
    }

    /** Deletes the canvas with its history; the view asks the user first. */
    public void delete(CanvasSummary canvas) {
        work(() -> {
            canvases.delete(canvas.id());
            return canvas;
        }, deleted -> {
            message.set("Deleted \"" + deleted.name() + "\".");
            if (selected.get() != null && selected.get().id().equals(deleted.id())) {
                selected.set(null);
            }
            refresh();
        });
    }

    /** Imports a native or Streamr canvas file; a file that does not read imports nothing and says why. */
    public void importFile(Path file) {
        background.execute(() -> {
            try {
                WorkspaceFiles.Imported imported = files.importFile(file);
                ui.execute(() -> {
                    message.set("Imported \"" + imported.canvas().name() + "\" from " + file.getFileName()
                        + (imported.problems().isEmpty() ? "." : " with " + imported.problems().size()
                        + " problem(s): " + String.join("; ", imported.problems())));
                    refresh();
                    selected.set(imported.canvas());
                });
            } catch (CanvasFormatException e) {
                ui.execute(() -> message.set("Nothing imported. " + e.getMessage()));
            } catch (RuntimeException e) {
                ui.execute(() -> message.set("Nothing imported: " + e.getMessage()));
            }
        });
    }

    /**
     * Exports the canvas's current content as native JSON, or as Streamr JSON when the file name ends with
     * {@code .streamr.json}; says what the format could not carry.
     */
    public void export(CanvasSummary canvas, Path file) {
        CanvasFormat format = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".streamr.json")
            ? CanvasFormat.STREAMR : CanvasFormat.NATIVE;
        background.execute(() -> {
            try {
                List<String> problems = files.export(canvas.id(), file, format);
                ui.execute(() -> message.set("Exported \"" + canvas.name() + "\" to " + file.getFileName()
                    + (problems.isEmpty() ? "." : "; not expressible in that format: " + String.join("; ", problems))));
            } catch (java.io.IOException | RuntimeException e) {
                ui.execute(() -> message.set("Export failed: " + e.getMessage()));
            }
        });
    }

    private String freeName(String base) {
        List<String> taken = canvases.list(base, CanvasSort.NAME).stream().map(CanvasSummary::name).toList();
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String name = base + " " + i;
            if (!taken.contains(name)) {
                return name;
            }
        }
    }

    private <T> void work(Supplier<T> task, Consumer<T> then) {
        background.execute(() -> {
            try {
                T result = task.get();
                ui.execute(() -> then.accept(result));
            } catch (RuntimeException e) {
                ui.execute(() -> message.set(e.getMessage()));
            }
        });
    }
}
