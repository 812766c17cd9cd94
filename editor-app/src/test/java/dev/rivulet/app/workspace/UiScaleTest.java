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
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View > UI Scale > 200% chosen with real clicks: text, icons, the canvas zoom and its hit areas double; writes
 * docs/screenshots/editor-200.png and editor-200-dark.png (look at them after changing the window).
 */
@ExtendWith(ApplicationExtension.class)
class UiScaleTest {
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
    void twoHundredPercentDoublesTextIconsAndTheCanvasZoom(FxRobot robot) throws Exception {
        WorkspaceViewModel vm = window.workspace().viewModel();
        int[] picked = new int[1];
        robot.interact(() -> {
            OpenCanvas c = vm.openDocument(new CanvasDocument(), "Price alert (draft)", null);
            picked[0] = SampleCanvas.build(c.session());
        });
        CanvasView view = window.workspace().currentView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.getWidth() > 0);
        robot.interact(() -> view.setViewport(1, 0, 0));
        double saveButtonHeight = height(robot.lookup("#tool-save").query());
        double portGap = view.portPosition(picked[0], firstOutput(view, picked[0]), true).getX()
            - view.titlePosition(picked[0]).getX();

        robot.clickOn("View").clickOn("UI Scale").clickOn("200%");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.uiScale().get()).isEqualTo(2.0);
        assertThat(window.root().getStyle()).contains("-fx-font-size: 28.0px");
        assertThat(((FontIcon) ((Button) robot.lookup("#tool-save").query()).getGraphic()).getIconSize())
            .isEqualTo(36);
        assertThat(height(robot.lookup("#tool-save").query())).isGreaterThan(saveButtonHeight * 1.4);
        assertThat(view.viewport().scale()).isEqualTo(2.0);
        // menu pop-ups are windows outside the root: their items are scaled one by one, menus added later too
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        assertThat(bar.getMenus().get(0).getItems().get(0).getStyle()).contains("-fx-font-size: 28.0px");
        javafx.scene.control.Menu later = new javafx.scene.control.Menu("Later", null,
            new javafx.scene.control.MenuItem("Item"));
        robot.interact(() -> bar.getMenus().add(later));
        assertThat(later.getItems().get(0).getStyle()).contains("-fx-font-size: 28.0px");
        robot.interact(() -> bar.getMenus().remove(later));
        double scaledGap = view.portPosition(picked[0], firstOutput(view, picked[0]), true).getX()
            - view.titlePosition(picked[0]).getX();
        assertThat(scaledGap).isCloseTo(portGap * 2, org.assertj.core.data.Offset.offset(1.0));
        robot.interact(() -> view.commands().zoomActual());
        assertThat(view.viewport().scale()).isEqualTo(2.0);

        int selected = picked[0];
        robot.interact(() -> {
            view.setViewport(2, -20, -20);
            view.selection().set(List.of(selected));
        });
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        write("editor-200.png");
        robot.interact(() -> vm.theme().set(WorkspaceTheme.DARK));
        CanvasView dark = window.workspace().currentView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dark.getWidth() > 0);
        assertThat(dark.uiScale()).isEqualTo(2.0);
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        write("editor-200-dark.png");

        robot.clickOn("View").clickOn("UI Scale").clickOn("100%");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((FontIcon) ((Button) robot.lookup("#tool-save").query()).getGraphic()).getIconSize())
            .isEqualTo(18);
        robot.interact(() -> vm.theme().set(WorkspaceTheme.LIGHT));
    }

    private static String firstOutput(CanvasView view, int hash) {
        return view.session().module(hash).orElseThrow().outputs.get(0).name;
    }

    private static double height(Node n) {
        Bounds b = n.getLayoutBounds();
        return b.getHeight();
    }

    private void write(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(OUT);
        ImageIO.write(png, "png", OUT.resolve(name).toFile());
    }
}
