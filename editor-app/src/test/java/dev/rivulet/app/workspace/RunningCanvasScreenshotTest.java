package dev.rivulet.app.workspace;

import static dev.rivulet.app.workspace.EditorRunTest.call;
import static dev.rivulet.app.workspace.EditorRunTest.place;
import static dev.rivulet.app.workspace.RunFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/screenshots/running-canvas.png: a canvas running live, fed by a stream published in this process, with
 * a chart, a table, a label and a gauge drawn in their modules, each module's run status under it, and the values of
 * the selected wire under the canvas. Look at it after changing the run views.
 */
@ExtendWith(ApplicationExtension.class)
class RunningCanvasScreenshotTest {
    private static final Path OUT = Path.of("..", "docs", "screenshots");

    @TempDir
    Path tmp;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void writesAScreenshotOfARunningCanvasWithWidgets(FxRobot robot) throws Exception {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        ModuleNode s = b.stream("sensors/temperature", "celsius:Double", "room:String");
        ModuleNode avg = b.add("moving-average");
        b.param(avg, "windowLength", 10);
        ModuleNode chart = b.add("chart");
        ModuleNode table = b.add("table");
        ModuleNode label = b.add("label");
        ModuleNode gauge = b.add("gauge");
        b.param(gauge, "min", 15).param(gauge, "max", 28);
        b.connect(s, "celsius", avg, "in").connect(s, "celsius", chart, "in1").connect(avg, "out", chart, "in2")
            .connect(s, "celsius", table, "in1").connect(s, "room", table, "in2").connect(avg, "out", label, "label")
            .connect(avg, "out", gauge, "value");
        CanvasDocument doc = b.build();
        doc.name = "Office climate";
        place(doc, s, 20, 30);
        place(doc, avg, 20, 200);
        place(doc, chart, 290, 20);
        place(doc, table, 290, 350);
        place(doc, label, 20, 380);
        place(doc, gauge, 670, 20);
        RunFixture[] fx = new RunFixture[1];
        call(() -> {
            fx[0] = new RunFixture(stage, tmp);
            fx[0].open(doc);
            fx[0].view().setViewport(0.92, 6, 6);
            return null;
        });
        AtomicBoolean publishing = new AtomicBoolean(true);
        Thread feed = new Thread(() -> {
            String[] rooms = {"north", "south", "lab"};
            int i = 0;
            while (publishing.get()) {
                double t = i / 10.0;
                double celsius = 21 + 2.5 * Math.sin(t / 3) + 0.6 * Math.sin(t * 1.7);
                fx[0].live.publish("sensors/temperature", System.currentTimeMillis(),
                    Map.of("celsius", Math.round(celsius * 100) / 100.0, "room", rooms[i % 3]));
                i++;
                WaitForAsyncUtils.sleep(40, TimeUnit.MILLISECONDS);
            }
        }, "screenshot-feed");
        try {
            robot.clickOn("#tool-run");
            waitFor(() -> fx[0].live.subscribers("sensors/temperature") == 1);
            feed.start();
            TableView<?> rows = robot.lookup(".widget-table").queryAs(TableView.class);
            waitFor(() -> call(() -> rows.getItems().size() >= 20));
            WaitForAsyncUtils.sleep(4, TimeUnit.SECONDS);
            var wire = doc.connections.stream().filter(c -> c.to.module == avg.hash).findFirst().orElseThrow();
            robot.clickOn(call(() -> fx[0].view().localToScreen(fx[0].view().wireMidpoint(wire))));
            waitFor(() -> call(() -> robot.lookup("#wire-values").queryAs(javafx.scene.control.ListView.class)
                .getItems().size() >= 10));
            robot.interact(() -> fx[0].view().selection().set(List.of(avg.hash)));
            WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            waitFor(() -> call(() -> {
                javafx.scene.layout.BorderPane c = robot.lookup(".widget-chart")
                    .queryAs(javafx.scene.layout.BorderPane.class);
                io.fair_acc.chartfx.XYChart xy = (io.fair_acc.chartfx.XYChart) c.getCenter();
                return Double.isFinite(xy.getXAxis().getMin()) && xy.getXAxis().getMax() > xy.getXAxis().getMin();
            }));
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(10, TimeUnit.SECONDS);
            BufferedImage png = SwingFXUtils.fromFXImage(image, null);
            Files.createDirectories(OUT);
            ImageIO.write(png, "png", OUT.resolve("running-canvas.png").toFile());
        } finally {
            publishing.set(false);
            feed.join(2000);
            WaitForAsyncUtils.asyncFx(() -> fx[0].controller().stop());
            waitFor(() -> call(() -> !fx[0].controller().isActive()));
            fx[0].close();
        }
        assertThat(Files.size(OUT.resolve("running-canvas.png"))).isGreaterThan(20_000);
    }
}
