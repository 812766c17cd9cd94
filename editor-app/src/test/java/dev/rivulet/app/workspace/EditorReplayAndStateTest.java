package dev.rivulet.app.workspace;

import static dev.rivulet.app.workspace.EditorRunTest.call;
import static dev.rivulet.app.workspace.EditorRunTest.place;
import static dev.rivulet.app.workspace.RunFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A historical replay from the editor over stream history written to a real streams.db (the saved canvas untouched;
 * writes docs/screenshots/historical-run.png),
 * and "save state": a realtime run stopped, the stores and engine closed and opened again over the same data
 * directory, Run resumes from the snapshot and Reset and start ignores it.
 */
@ExtendWith(ApplicationExtension.class)
class EditorReplayAndStateTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path tmp;
    private RunFixture fx;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        if (fx != null) {
            closeFixture();
        }
    }

    private void closeFixture() {
        WaitForAsyncUtils.asyncFx(() -> fx.controller().stop());
        waitFor(() -> call(() -> !fx.controller().isActive()));
        fx.close();
    }

    private void open(CanvasDocument doc) {
        call(() -> {
            fx = new RunFixture(stage, tmp);
            fx.open(doc);
            fx.view().setViewport(1, 0, 0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aHistoricalReplayOverTheStreamHistoryFillsTheTableAndLeavesTheCanvasUnchanged(FxRobot robot) {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        ModuleNode s = b.stream("prices", "price:Double", "symbol:String");
        ModuleNode table = b.add("table");
        b.connect(s, "price", table, "in1").connect(s, "symbol", table, "in2");
        CanvasDocument doc = b.build();
        place(doc, s, 40, 40);
        place(doc, table, 360, 40);
        open(doc);
        writeHistory(30);
        String before = call(() -> new dev.rivulet.document.NativeCodec()
            .write(fx.view().session().document()));

        robot.clickOn("#tool-historical");
        DatePicker begin = robot.lookup("#historical-begin").queryAs(DatePicker.class);
        DatePicker end = robot.lookup("#historical-end").queryAs(DatePicker.class);
        robot.interact(() -> {
            begin.setValue(DAY);
            end.setValue(DAY);
        });
        robot.clickOn("#historical-start");

        waitFor(() -> call(() -> robot.lookup("#historical-outcome").queryAs(Label.class).getText()
            .startsWith("Replay done")));
        assertThat(call(() -> fx.controller().progress().get())).isEqualTo(1.0);
        TableView<?> rows = robot.lookup(".widget-table").queryAs(TableView.class);
        waitFor(() -> call(() -> rows.getItems().size() == 20)); // the table keeps its 20 newest rows
        assertThat(call(() -> rows.getItems().get(0).toString())).contains("29", "S29");
        assertThat(call(() -> new dev.rivulet.document.NativeCodec()
            .write(fx.view().session().document()))).isEqualTo(before);
        screenshot("historical-run.png");
    }

    /** Writes docs/screenshots/NAME of the window (the historical bar after a replay). */
    private void screenshot(String name) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
            Path out = Path.of("..", "docs", "screenshots");
            java.nio.file.Files.createDirectories(out);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                out.resolve(name).toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withSaveStateOnARunResumesAfterTheStoresRestartAndResetAndStartIgnoresIt(FxRobot robot) {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        ModuleNode s = b.stream("ticks", "v:Double");
        ModuleNode count = b.add("count");
        ModuleNode label = b.add("label");
        b.connect(s, "v", count, "in").connect(count, "count", label, "label");
        CanvasDocument doc = b.build();
        doc.id = "resumable";
        place(doc, s, 40, 40);
        place(doc, count, 300, 40);
        place(doc, label, 560, 40);
        open(doc);
        robot.clickOn("#menu-run").clickOn("#menu-save-state");
        assertThat(fx.view().session().document().settings.serializationEnabled).isTrue();
        CanvasDocument saved = fx.view().session().document().copy();

        robot.clickOn("#tool-run");
        publishUntil(robot, "3");
        robot.clickOn("#tool-stop");
        waitFor(() -> call(() -> !fx.controller().isActive()));
        waitFor(() -> fx.runStates.latest("resumable").isPresent());
        closeFixture();

        open(saved);
        robot.clickOn("#tool-run");
        publishUntil(robot, "4");
        robot.clickOn("#tool-reset-and-start");
        waitFor(() -> call(() -> fx.controller().phase().get()
            == dev.rivulet.app.run.RunController.Phase.RUNNING));
        publishUntil(robot, "1");
    }

    @Test
    void aPacedReplayPausesAndResumesFromTheBarAndStops(FxRobot robot) {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        ModuleNode s = b.stream("prices", "price:Double", "symbol:String");
        ModuleNode table = b.add("table");
        b.connect(s, "price", table, "in1");
        CanvasDocument doc = b.build();
        place(doc, s, 40, 40);
        place(doc, table, 360, 40);
        open(doc);
        // a paced replay's clock starts at the begin date: data from the first seconds of the day
        long t0 = DAY.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + 1000;
        writeHistory(30, t0);

        robot.clickOn("#tool-historical");
        robot.interact(() -> {
            robot.lookup("#historical-begin").queryAs(DatePicker.class).setValue(DAY);
            robot.lookup("#historical-end").queryAs(DatePicker.class).setValue(DAY);
            robot.lookup("#historical-speed").queryAs(javafx.scene.control.ChoiceBox.class).setValue("1x");
        });
        robot.clickOn("#historical-start");
        waitFor(() -> call(() -> fx.controller().engineTime().get()) >= t0 + 1000);

        robot.clickOn("#historical-pause");
        assertThat(call(() -> fx.controller().paused().get())).isTrue();
        assertThat(robot.lookup("#historical-pause").queryAs(javafx.scene.control.ToggleButton.class).getText())
            .isEqualTo("Resume");
        WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
        long pausedAt = call(() -> fx.controller().engineTime().get());
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(call(() -> fx.controller().engineTime().get())).isEqualTo(pausedAt);

        robot.clickOn("#historical-pause");
        waitFor(() -> call(() -> fx.controller().engineTime().get()) > pausedAt);
        robot.clickOn("#historical-stop");
        waitFor(() -> call(() -> robot.lookup("#historical-outcome").queryAs(Label.class).getText()
            .startsWith("Stopped")));
        assertThat(call(() -> fx.controller().isActive())).isFalse();
    }

    /** Publishes one tick at a time until the label shows {@code expected} (a run subscribes as it starts). */
    private void publishUntil(FxRobot robot, String expected) {
        waitFor(() -> fx.live.subscribers("ticks") == 1);
        int published = 0;
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!expected.equals(labelText(robot)) && System.nanoTime() < deadline) {
            if (published < Integer.parseInt(expected)) {
                fx.live.publish("ticks", System.currentTimeMillis(), Map.of("v", 1.0));
                published++;
            }
            WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertThat(labelText(robot)).isEqualTo(expected);
    }

    private String labelText(FxRobot robot) {
        return call(() -> robot.lookup(".widget-label-value").tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }

    private void writeHistory(int n) {
        writeHistory(n, DAY.atTime(10, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
    }

    private void writeHistory(int n, long t0) {
        StreamId id = StreamId.parse("prices");
        fx.streams.registry().create(StreamDefinition.of(id, "Prices").withFields(List.of(
            new FieldDefinition("price", FieldType.NUMBER), new FieldDefinition("symbol", FieldType.STRING))));
        List<StreamMessage> messages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            messages.add(new StreamMessage(id, 0, t0 + i * 1000L, 0, "pub", "chain",
                Map.of("price", (double) i, "symbol", "S" + i), null));
        }
        fx.streams.history().append(messages);
    }
}
