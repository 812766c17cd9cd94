package dev.rivulet.app.start;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.runtime.workspace.CanvasRepository;
import dev.rivulet.runtime.workspace.VersionHistory;
import dev.rivulet.runtime.workspace.WorkspaceFiles;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * Wires the start page and its history panel for the main window: one call, one pane, one callback for "open this
 * canvas" and one listener for the history panel (read-only viewing and reloading after a restore).
 *
 * <p>Usage:
 * <pre>{@code
 * StartPage start = new StartPage(canvases, registry, backgroundExecutor, id -> tabs.open(id),
 *     StartPage.previewInWindow(registry, canvases, id -> tabs.reload(id)));
 * window.setCenter(start.root());
 * }</pre>
 */
public final class StartPage {
    private final StartPageViewModel viewModel;
    private final HistoryViewModel history;
    private final StartPageView view;

    public StartPage(CanvasRepository canvases, ModuleRegistry registry, Executor background, Consumer<String> onOpen,
                     HistoryViewModel.Listener historyListener) {
        WorkspaceFiles files = new WorkspaceFiles(canvases, new CanvasFiles(registry));
        viewModel = new StartPageViewModel(canvases, files, background, Platform::runLater, onOpen);
        history = new HistoryViewModel(new VersionHistory(canvases), background, Platform::runLater,
            historyListener);
        view = new StartPageView(viewModel, history, FileDialogs.nativeChoosers());
    }

    /** A history listener that shows old versions in a read-only window and passes restores on. */
    public static HistoryViewModel.Listener previewInWindow(ModuleRegistry registry, CanvasRepository canvases,
                                                            Consumer<String> reloadCanvas) {
        VersionPreview preview = new VersionPreview(registry);
        return new HistoryViewModel.Listener() {
            @Override
            public void openReadOnly(String canvasId, dev.rivulet.runtime.workspace.VersionInfo version,
                                     dev.rivulet.document.CanvasDocument document) {
                String name = canvases.find(canvasId).map(c -> c.name()).orElse("Canvas");
                preview.show(name, version, document);
            }

            @Override
            public void restored(String canvasId, dev.rivulet.runtime.workspace.VersionInfo restored) {
                reloadCanvas.accept(canvasId);
            }
        };
    }

    public Parent root() {
        return view.root();
    }

    public StartPageViewModel viewModel() {
        return viewModel;
    }

    public HistoryViewModel history() {
        return history;
    }
}
