package dev.rivulet.app.workspace;

import dev.rivulet.canvas.edit.CanvasEdit;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormat;
import dev.rivulet.document.CanvasFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workspace window's state without any node: the open canvases (tabs) and the current one, the Edit menu's undo
 * and redo texts, the theme, and the file actions. Opening a bad file reports why and changes nothing.
 *
 * <p>Usage: {@code WorkspaceViewModel vm = new WorkspaceViewModel(registry, files, documents);
 * vm.open(path).error().ifPresent(dialog::show);}
 */
public final class WorkspaceViewModel {
    private final ModuleRegistry registry;
    private final CanvasFiles files;
    private final CanvasDocuments documents;
    private final ObservableList<OpenCanvas> canvases = FXCollections.observableArrayList();
    private final ObjectProperty<OpenCanvas> current = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkspaceTheme> theme = new SimpleObjectProperty<>(WorkspaceTheme.LIGHT);
    private final DoubleProperty uiScale = new SimpleDoubleProperty(1);
    private final StringProperty undoText = new SimpleStringProperty("Undo");
    private final StringProperty redoText = new SimpleStringProperty("Redo");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final CanvasEdit.Listener historyListener = e -> updateHistory();
    private int untitled;
    private java.util.function.UnaryOperator<CanvasDocument> importFilter = java.util.function.UnaryOperator.identity();

    /** What opening a file gave: the canvas, or a message saying why nothing was opened; import notes either way. */
    public record OpenResult(Optional<OpenCanvas> canvas, Optional<String> error, List<String> notes) {
        public OpenResult {
            notes = List.copyOf(notes);
        }
    }

    public WorkspaceViewModel(ModuleRegistry registry, CanvasFiles files, CanvasDocuments documents) {
        this.registry = registry;
        this.files = files;
        this.documents = documents;
        current.addListener((o, before, after) -> {
            if (before != null) {
                before.session().removeListener(historyListener);
            }
            if (after != null) {
                after.session().addListener(historyListener);
            }
            updateHistory();
        });
    }

    public ModuleRegistry registry() {
        return registry;
    }

    public ObservableList<OpenCanvas> canvases() {
        return canvases;
    }

    public ObjectProperty<OpenCanvas> current() {
        return current;
    }

    public ObjectProperty<WorkspaceTheme> theme() {
        return theme;
    }

    /** The UI scale (1, 1.5 or 2): text, icons, canvas zoom and hit areas grow with it (View > UI Scale). */
    public DoubleProperty uiScale() {
        return uiScale;
    }

    /** "Undo Move 3 modules", or "Undo" when there is nothing to undo. */
    public StringProperty undoText() {
        return undoText;
    }

    public StringProperty redoText() {
        return redoText;
    }

    public BooleanProperty canUndo() {
        return canUndo;
    }

    public BooleanProperty canRedo() {
        return canRedo;
    }

    public OpenCanvas newCanvas() {
        untitled++;
        return openDocument(new CanvasDocument(), "Untitled " + untitled, null);
    }

    /**
     * Opens a document in a new tab and makes it current. The integrator's entry point: the start page hands over
     * canvases from the workspace this way (then sets {@link OpenCanvas#workspaceKey()}).
     */
    public OpenCanvas openDocument(CanvasDocument doc, String title, Path file) {
        OpenCanvas canvas = new OpenCanvas(new EditSession(doc, registry), title, file);
        canvas.session().addListener(e -> documents.edited(canvas, e));
        canvases.add(canvas);
        current.set(canvas);
        documents.opened(canvas);
        return canvas;
    }

    /**
     * Applied to every canvas read from a file before it opens; the app moves plain secret values into the secret
     * store with it, so that they never reach workspace.db (decision 0010). A filter that fails opens nothing.
     */
    public void setImportFilter(java.util.function.UnaryOperator<CanvasDocument> filter) {
        importFilter = java.util.Objects.requireNonNull(filter, "filter");
    }

    /**
     * Opens a native or Streamr canvas file. A file that cannot be read or is not a canvas opens nothing and the
     * open tabs stay as they were; unknown module types open as error stubs.
     */
    public OpenResult open(Path file) {
        CanvasFiles.Loaded loaded;
        try {
            loaded = files.read(file);
        } catch (CanvasFormatException e) {
            return new OpenResult(Optional.empty(), Optional.of(e.getMessage()), List.of());
        } catch (RuntimeException e) {
            return new OpenResult(Optional.empty(), Optional.of("Cannot open " + file + ": " + e), List.of());
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        Path home = loaded.format() == CanvasFormat.NATIVE ? file : null; // Save never overwrites a Streamr file
        CanvasDocument doc;
        try {
            doc = importFilter.apply(loaded.document());
        } catch (RuntimeException e) {
            return new OpenResult(Optional.empty(), Optional.of("Cannot open " + file + ": " + e.getMessage()),
                List.of());
        }
        OpenCanvas canvas = openDocument(doc, name, home);
        return new OpenResult(Optional.of(canvas), Optional.empty(), loaded.problems());
    }

    /** Saves the current canvas where it lives; NEEDS_LOCATION means: ask for a file and call {@link #saveAs}. */
    public CanvasDocuments.SaveOutcome save(OpenCanvas canvas) throws IOException {
        return documents.save(canvas);
    }

    /** Writes the canvas to a file; returns what the format could not express (Streamr export only). */
    public List<String> saveAs(OpenCanvas canvas, Path file, CanvasFormat format) throws IOException {
        List<String> lost = files.save(canvas.session().document(), file, format);
        if (format == CanvasFormat.NATIVE) {
            canvas.file().set(file);
            canvas.title().set(file.getFileName().toString().replaceFirst("\\.json$", ""));
            canvas.markSaved();
        }
        return lost;
    }

    public void close(OpenCanvas canvas) {
        int at = canvases.indexOf(canvas);
        if (at < 0) {
            return;
        }
        canvases.remove(at);
        if (current.get() == canvas) {
            current.set(canvases.isEmpty() ? null : canvases.get(Math.min(at, canvases.size() - 1)));
        }
        documents.closed(canvas);
    }

    public void undo() {
        Optional.ofNullable(current.get()).ifPresent(c -> c.session().undo());
    }

    public void redo() {
        Optional.ofNullable(current.get()).ifPresent(c -> c.session().redo());
    }

    private void updateHistory() {
        OpenCanvas c = current.get();
        EditSession s = c == null ? null : c.session();
        canUndo.set(s != null && s.canUndo());
        canRedo.set(s != null && s.canRedo());
        undoText.set(s == null ? "Undo" : s.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(s == null ? "Redo" : s.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
    }
}
