package dev.rivulet.app.workspace;

import dev.rivulet.app.MainWindow;
import dev.rivulet.canvas.CanvasView;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.ModuleNode;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** A real workspace window on a headless stage, with helpers to drive it as a user would. */
final class WorkspaceFixture {
    static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    final RecordingDialogs dialogs = new RecordingDialogs();
    final MainWindow window;
    final WorkspaceViewModel vm;

    WorkspaceFixture(Stage stage) {
        window = new MainWindow(REGISTRY, null, List::of, dialogs, Path.of("data"), "Stores ready", () -> { });
        vm = window.workspace().viewModel();
        vm.newCanvas();
        stage.setScene(new Scene(window.root(), 1440, 900));
        stage.show();
    }

    CanvasView view() {
        return window.workspace().currentView();
    }

    /** A point of the current canvas view, on screen. */
    Point2D screen(Point2D viewLocal) {
        return view().localToScreen(viewLocal);
    }

    Point2D screen(double x, double y) {
        return screen(new Point2D(x, y));
    }

    List<ModuleNode> modules() {
        return view().session().document().modules;
    }

    ModuleNode only(String type) {
        return modules().stream().filter(m -> m.type.equals(type)).findFirst().orElseThrow();
    }

    double[] position(int hash) {
        var l = view().session().layoutOf(hash);
        return new double[] {l.x, l.y};
    }

    static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all);
        for (int i = all.length - 1; i >= 0; i--) {
            robot.release(all[i]);
        }
    }
}
