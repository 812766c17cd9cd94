package dev.rivulet.app.bench;

import dev.rivulet.app.MainWindow;
import dev.rivulet.app.workspace.WorkspaceDialogs;
import dev.rivulet.canvas.CanvasView;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.NativeCodec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/** Opens the bench canvas in the editor's own window ({@code bench canvas --workspace}). */
final class BenchWorkspace {
    private BenchWorkspace() {
    }

    static CanvasBench.Opened open(ModuleRegistry registry, byte[] json) throws Exception {
        long t0 = System.nanoTime();
        CanvasDocument doc = new NativeCodec().read(json, "bench canvas");
        long t1 = System.nanoTime();
        MainWindow window = new MainWindow(registry, null, List::of, new Silent(), Path.of("bench"), "bench",
            () -> { });
        window.workspace().viewModel().openDocument(doc, "bench", null);
        long t2 = System.nanoTime();
        Stage stage = new Stage();
        Scene scene = new Scene(window.root(), CanvasBench.WIDTH, CanvasBench.HEIGHT);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        scene.snapshot(new WritableImage(CanvasBench.WIDTH, CanvasBench.HEIGHT));
        long t3 = System.nanoTime();
        CanvasView view = window.workspace().currentView();
        return new CanvasBench.Opened(view, scene, CanvasBench.ms(t1 - t0), CanvasBench.ms(t2 - t1),
            CanvasBench.ms(t3 - t2), CanvasBench.ms(t3 - t0));
    }

    /** No dialogs in a bench: questions get no answer, messages are dropped. */
    private static final class Silent implements WorkspaceDialogs {
        @Override
        public Optional<Path> chooseFileToOpen(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public void error(String title, String message) {
        }

        @Override
        public void info(String title, String message) {
        }

        @Override
        public boolean confirmDiscard(String title, String message) {
            return true;
        }
    }
}
