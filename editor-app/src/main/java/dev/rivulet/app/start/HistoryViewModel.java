package dev.rivulet.app.start;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.runtime.workspace.VersionHistory;
import dev.rivulet.runtime.workspace.VersionInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * State and actions of the version-history panel of one canvas: its versions (newest first, with time, kind and
 * summary), opening one read-only, and restoring one as a new version. What "open read-only" shows and how an open
 * editor reloads after a restore is the caller's business ({@link Listener}).
 *
 * <p>Usage: {@code HistoryViewModel vm = new HistoryViewModel(history, executor, Platform::runLater, listener);
 * vm.show(canvasId, "Price alerts");}
 */
public final class HistoryViewModel {

    /** What the panel asks of the editor. */
    public interface Listener {
        /** Show this old version without letting it be edited. */
        void openReadOnly(String canvasId, VersionInfo version, CanvasDocument document);

        /** The canvas's content is now {@code restored}: an open editor of it should reload. */
        void restored(String canvasId, VersionInfo restored);
    }

    private final VersionHistory history;
    private final Executor background;
    private final Executor ui;
    private final Listener listener;
    private final StringProperty canvasId = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty("History");
    private final ObservableList<VersionInfo> versions = FXCollections.observableArrayList();
    private final ObjectProperty<VersionInfo> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public HistoryViewModel(VersionHistory history, Executor background, Executor ui, Listener listener) {
        this.history = Objects.requireNonNull(history, "history");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObservableList<VersionInfo> versions() {
        return versions;
    }

    public ObjectProperty<VersionInfo> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public String canvasId() {
        return canvasId.get();
    }

    /** Shows the history of a canvas; null clears the panel. */
    public void show(String id, String name) {
        canvasId.set(id);
        selected.set(null);
        message.set("");
        if (id == null) {
            title.set("History");
            versions.clear();
            return;
        }
        title.set("History of " + name);
        reload();
    }

    public void reload() {
        String id = canvasId.get();
        if (id == null) {
            return;
        }
        work(() -> history.versions(id), list -> {
            if (id.equals(canvasId.get())) {
                versions.setAll(list);
            }
        });
    }

    public void openSelected() {
        VersionInfo v = selected.get();
        if (v == null) {
            message.set("Choose a version first.");
            return;
        }
        work(() -> history.document(v.canvasId(), v.version()),
            doc -> listener.openReadOnly(v.canvasId(), v, doc));
    }

    public void restoreSelected() {
        VersionInfo v = selected.get();
        if (v == null) {
            message.set("Choose a version first.");
            return;
        }
        work(() -> history.restore(v.canvasId(), v.version()), (Optional<VersionInfo> restored) -> {
            if (restored.isEmpty()) {
                message.set("The canvas already is version " + v.version() + ".");
                return;
            }
            message.set("Restored version " + v.version() + " as version " + restored.get().version() + ".");
            listener.restored(v.canvasId(), restored.get());
            reload();
        });
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

    List<VersionInfo> snapshot() {
        return List.copyOf(versions);
    }
}
