package dev.rivulet.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.app.MainWindow;
import dev.rivulet.canvas.CanvasView;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/screenshots/main-window.png and main-window-dark.png: the workspace with the sample price-alert canvas
 * open, one module selected (inspector filled) and its validation problems in the console. Look at them after
 * changing the window.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowScreenshotTest {
    private static final Path SAMPLE = Path.of("..", "resources", "samples", "price-alert.json");
    private static final Path OUT = Path.of("..", "docs", "screenshots");

    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        window = new MainWindow(ModuleRegistry.load(), null, () -> List.of("ACME prices", "Weather · Helsinki"),
            new RecordingDialogs(), Path.of("/home/analyst/.local/share/rivulet"), "Stores ready", () -> { });
        scene = new Scene(window.root(), 1440, 900);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void writesLightAndDarkScreenshotsOfTheMainWindow(FxRobot robot) throws Exception {
        WorkspaceViewModel vm = window.workspace().viewModel();
        int[] picked = new int[1];
        robot.interact(() -> {
            assertThat(vm.open(SAMPLE).error()).isEmpty();
            OpenCanvas c = vm.openDocument(new CanvasDocument(), "Price alert (draft)", null);
            picked[0] = SampleCanvas.build(c.session());
        });
        CanvasView view = window.workspace().currentView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.problems().isEmpty() && view.getWidth() > 0);
        robot.interact(() -> view.commands().zoomToFit());
        int selected = picked[0];
        robot.interact(() -> view.selection().set(List.of(selected)));
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        write("main-window.png");

        robot.interact(() -> vm.theme().set(WorkspaceTheme.DARK));
        CanvasView dark = window.workspace().currentView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dark.getWidth() > 0);
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        write("main-window-dark.png");
        robot.interact(() -> vm.theme().set(WorkspaceTheme.LIGHT));

        assertThat(dark.selection().hashes()).containsExactly(selected);
        assertThat(Files.size(OUT.resolve("main-window.png"))).isGreaterThan(20_000);
    }

    private void write(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(OUT);
        ImageIO.write(png, "png", OUT.resolve(name).toFile());
    }
}
