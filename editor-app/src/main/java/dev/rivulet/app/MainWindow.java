package dev.rivulet.app;

import dev.rivulet.app.workspace.CanvasDocuments;
import dev.rivulet.app.workspace.FileCanvasDocuments;
import dev.rivulet.app.workspace.FxWorkspaceDialogs;
import dev.rivulet.app.workspace.ModuleBrowserViewModel;
import dev.rivulet.app.workspace.WorkspaceDialogs;
import dev.rivulet.app.workspace.WorkspaceViewModel;
import dev.rivulet.app.workspace.WorkspaceWindow;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The editor's main window: composes the workspace (module browser, canvas tabs, inspector, console) over the module
 * registry, canvas files and where canvases are kept. Files keep canvases until the workspace store is connected:
 * pass its {@link CanvasDocuments} and a stream list to the full constructor.
 *
 * <p>Usage: {@code new MainWindow(dataDir, "Stores ready", Platform::exit).showIn(stage);}
 */
public final class MainWindow {

    /** Window title. */
    public static final String TITLE = WorkspaceWindow.TITLE;

    private final WorkspaceWindow window;

    public MainWindow(Path dataDirectory, String storeStatus, Runnable quit) {
        this(ModuleRegistry.load(), null, List::of, null, dataDirectory, storeStatus, quit);
    }

    /**
     * @param documents where canvases are saved (null: files, see {@link FileCanvasDocuments})
     * @param streams   names for the browser's streams section
     * @param dialogs   file choosers and message dialogs (null: JavaFX windows)
     */
    public MainWindow(ModuleRegistry registry, CanvasDocuments documents, Supplier<List<String>> streams,
                      WorkspaceDialogs dialogs, Path dataDirectory, String storeStatus, Runnable quit) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(quit, "quit");
        CanvasFiles files = new CanvasFiles(registry);
        WorkspaceViewModel vm = new WorkspaceViewModel(registry, files,
            documents != null ? documents : new FileCanvasDocuments(files));
        StackPane[] rootHolder = new StackPane[1];
        WorkspaceDialogs shown = dialogs != null ? dialogs
            : new FxWorkspaceDialogs(() -> rootHolder[0].getScene() == null ? null : rootHolder[0].getScene().getWindow());
        String statusText = "Data directory: " + dataDirectory + (storeStatus == null ? "" : "  ·  " + storeStatus);
        window = new WorkspaceWindow(vm, new ModuleBrowserViewModel(registry, streams), shown, statusText, quit);
        rootHolder[0] = window.root();
    }

    /** Adds a menu after the workspace's own (the composition root's windows: canvases, wallet...). */
    public void addMenu(javafx.scene.control.Menu menu) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.root().lookup("#menu-bar");
        if (bar != null) {
            bar.getMenus().add(bar.getMenus().size() - 1, menu);
        }
    }

    /** Adds a node at the right end of the status bar (the wallet's lock state...). */
    public void addStatus(javafx.scene.Node node) {
        javafx.scene.layout.HBox bar = (javafx.scene.layout.HBox) window.root().lookup("#status-bar");
        if (bar != null) {
            bar.getChildren().add(node);
        }
    }

    /** The window's content, for embedding and tests. */
    public StackPane root() {
        return window.root();
    }

    public WorkspaceWindow workspace() {
        return window;
    }

    /** Puts the window's content into {@code stage}, titles it and shows it. */
    public void showIn(Stage stage) {
        window.showIn(stage);
    }
}
