package dev.rivulet.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.canvas.skin.ModuleSkins;
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
 * Writes docs/screenshots/canvas.png: a small price-alert style canvas with a dozen modules, wires of several types,
 * a selection and a validation badge, rendered headless. Look at it after changing how the canvas draws.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasSnapshotTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final Path OUT = Path.of("..", "docs", "screenshots", "canvas.png");

    private CanvasView view;
    private Scene scene;
    private int alertLabel;

    @Start
    void start(Stage stage) {
        EditSession s = new EditSession(new CanvasDocument(), REGISTRY);
        int price = s.addModule("constant", 30, 40);
        s.rename(price, "Price");
        int window = s.addModule("constant", 30, 130);
        s.rename(window, "Window");
        s.setParameter(window, "constant", 20);
        int ma = s.addModule("moving-average", 250, 40);
        s.setParameter(ma, "windowLength", 20);
        int gt = s.addModule("greater-than", 520, 60);
        int filter = s.addModule("filter", 760, 40);
        int add = s.addModule("add", 250, 230);
        int mul = s.addModule("multiply", 520, 250);
        int chart = s.addModule("chart", 1010, 210);
        int table = s.addModule("table", 1010, 40);
        int name = s.addModule("constant-text", 30, 330);
        s.setParameter(name, "str", "ACME");
        int concat = s.addModule("concatenate", 520, 400);
        alertLabel = s.addModule("label", 760, 420);
        int flag = s.addModule("boolean-constant", 250, 420);
        s.connect(price, "out", ma, "in");
        s.connect(window, "out", ma, "windowLength");
        s.connect(price, "out", gt, "A");
        s.connect(ma, "out", gt, "B");
        s.connect(gt, "A>B", filter, "pass");
        s.connect(price, "out", filter, "in1");
        s.connect(filter, "out1", table, "in1");
        s.connect(price, "out", add, "in1");
        s.connect(ma, "out", add, "in2");
        s.connect(add, "sum", mul, "A");
        s.connect(mul, "A*B", chart, "in1");
        s.connect(ma, "out", chart, "in2");
        s.connect(name, "out", concat, "in1");
        s.connect(flag, "out", table, "in2");
        view = new CanvasView(s, ModuleSkins.standard(CanvasTheme.LIGHT));
        view.selection().set(List.of(ma, gt));
        scene = new Scene(view, 1240, 560);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void writesAScreenshotOfASmallCanvas(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.problems().containsKey(alertLabel));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(OUT.getParent());
        ImageIO.write(png, "png", OUT.toFile());

        assertThat(Files.size(OUT)).isGreaterThan(10_000);
        assertThat(view.shownModuleCount()).isEqualTo(13);
        assertThat(view.paintedWireCount()).isEqualTo(view.session().document().connections.size());
        view.dispose();
    }
}
