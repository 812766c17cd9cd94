package dev.rivulet.app.workspace;

import static dev.rivulet.app.workspace.RunFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.app.run.RunController;
import dev.rivulet.canvas.skin.DefaultModuleSkin;
import dev.rivulet.canvas.skin.ModuleRunStatus;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.document.ModuleNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * Running canvases from the editor with real clicks: the toolbar's Run and Stop, widgets inside their modules (a
 * label fed by a clock, a button whose presses reach a table), a parameter changed live, a failing module's status,
 * the canvas read-only while running.
 */
@ExtendWith(ApplicationExtension.class)
class EditorRunTest {
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
            WaitForAsyncUtils.asyncFx(() -> fx.controller().stop());
            waitFor(() -> call(() -> !fx.controller().isActive()));
            fx.close();
        }
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

    static void place(CanvasDocument doc, ModuleNode m, double x, double y) {
        doc.ui.put(m.hash, new ModuleLayout(x, y));
    }

    @Test
    void runFromTheToolbarShowsTheClockInALabelWidgetAndTheCanvasIsReadOnlyUntilStopped(FxRobot robot) {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        ModuleNode clock = b.add("clock");
        ModuleNode label = b.add("label");
        b.connect(clock, "date", label, "label");
        CanvasDocument doc = b.build();
        place(doc, clock, 40, 40);
        place(doc, label, 360, 40);
        open(doc);
        assertThat(robot.lookup(".widget-label-value").tryQuery()).isEmpty();

        robot.clickOn("#tool-run");
        waitFor(() -> call(() -> robot.lookup(".widget-label-value").tryQuery()
            .map(n -> !((Label) n).getText().isEmpty()).orElse(false)));
        String first = labelText(robot);
        waitFor(() -> !labelText(robot).equals(first));
        waitFor(() -> status(label.hash) != null && status(clock.hash).state() == ModuleRunStatus.State.RUNNING);
        assertThat(status(label.hash).inPerSecond()).isGreaterThanOrEqualTo(0);
        assertThat(fx.dashboards.isRunning("Run test")).isTrue();

        double[] before = position(clock.hash);
        Point2D title = fx.view().localToScreen(fx.view().titlePosition(clock.hash));
        robot.drag(title).moveBy(120, 60).drop();
        assertThat(position(clock.hash)).containsExactly(before);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).contains("running");

        robot.clickOn("#tool-stop");
        waitFor(() -> call(() -> !fx.controller().isActive()));
        assertThat(status(clock.hash)).isNull();
        assertThat(fx.dashboards.isRunning("Run test")).isFalse();
        robot.drag(fx.view().localToScreen(fx.view().titlePosition(clock.hash))).moveBy(120, 60).drop();
        assertThat(position(clock.hash)).isNotEqualTo(before);
    }

    @Test
    void pressingAButtonWidgetSendsItsValueIntoATableWidget(FxRobot robot) {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        ModuleNode button = b.add("button");
        b.param(button, "buttonValue", 7);
        ModuleNode table = b.add("table");
        b.connect(button, "out", table, "in1");
        CanvasDocument doc = b.build();
        place(doc, button, 40, 40);
        place(doc, table, 360, 40);
        open(doc);

        robot.clickOn("#tool-run");
        waitFor(() -> call(() -> robot.lookup(".widget-button").tryQuery().isPresent()));
        Button pressed = robot.lookup(".widget-button").queryAs(Button.class);
        robot.clickOn(pressed);
        robot.clickOn(pressed);
        TableView<?> rows = robot.lookup(".widget-table").queryAs(TableView.class);
        waitFor(() -> call(() -> rows.getItems().size() == 2));
        assertThat(call(() -> rows.getItems().get(0).toString())).contains("7");
    }

    @Test
    void aParameterChangedInTheInspectorWhileRunningReachesTheRunAndIsSaved(FxRobot robot) {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        ModuleNode constant = b.add("constant");
        ModuleNode label = b.add("label");
        b.connect(constant, "out", label, "label");
        CanvasDocument doc = b.build();
        place(doc, constant, 40, 40);
        place(doc, label, 360, 40);
        open(doc);
        robot.clickOn("#tool-run");
        waitFor(() -> call(() -> fx.controller().phase().get() == RunController.Phase.RUNNING));

        robot.clickOn(fx.view().localToScreen(fx.view().titlePosition(constant.hash)));
        TextField field = robot.lookup("#field-constant").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(4).write("42").press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitFor(() -> "42".equals(labelText(robot)));
        assertThat(fx.view().session().module(constant.hash).orElseThrow().paramValue("constant", null))
            .isEqualTo(42.0);
    }

    @Test
    void aFailingModuleShowsFailedWithItsMessageAndTheConsoleListsIt(FxRobot robot) {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        ModuleNode clock = b.add("clock");
        ModuleNode modulo = b.add("modulo");
        b.param(modulo, "divisor", 0);
        b.connect(clock, "timestamp", modulo, "dividend");
        CanvasDocument doc = b.build();
        place(doc, clock, 40, 40);
        place(doc, modulo, 360, 40);
        open(doc);

        robot.clickOn("#tool-run");
        waitFor(() -> status(modulo.hash) != null && status(modulo.hash).state() == ModuleRunStatus.State.FAILED);
        assertThat(status(modulo.hash).message()).contains("divisor");
        DefaultModuleSkin skin = (DefaultModuleSkin) fx.view().skinOf(modulo.hash);
        assertThat(skin.statusFooter()).isNotNull();
        TableView<?> console = robot.lookup("#console-table").queryAs(TableView.class);
        waitFor(() -> call(() -> console.getItems().stream().anyMatch(r -> r.toString().contains("divisor"))));
        robot.clickOn(robot.lookup("#console-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(call(() -> fx.view().selection().hashes())).containsExactly(modulo.hash);
    }

    @Test
    void selectingAWireWhileRunningShowsItsLastValuesWhichCanBePausedAndCopied(FxRobot robot) {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        ModuleNode s = b.stream("ticks", "v:Double");
        ModuleNode table = b.add("table");
        b.connect(s, "v", table, "in1");
        CanvasDocument doc = b.build();
        place(doc, s, 40, 40);
        place(doc, table, 420, 120);
        open(doc);
        var wire = doc.connections.get(0);
        Point2D middle = call(() -> fx.view().localToScreen(fx.view().wireMidpoint(wire)));
        robot.clickOn(middle);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).contains("Run the canvas");

        robot.clickOn("#tool-run");
        waitFor(() -> fx.live.subscribers("ticks") == 1);
        robot.clickOn(middle);
        waitFor(() -> call(() -> robot.lookup("#wire-values").tryQuery().isPresent()));
        assertThat(robot.lookup("#wire-title").queryAs(Label.class).getText()).contains("Stream.v", "Table.in1");
        javafx.scene.control.ListView<?> list = robot.lookup("#wire-values").queryAs(javafx.scene.control.ListView.class);
        double[] next = {1};
        waitFor(() -> {
            fx.live.publish("ticks", System.currentTimeMillis(), java.util.Map.of("v", next[0]++));
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            return call(() -> list.getItems().size() >= 3);
        });
        robot.clickOn("#wire-pause");
        String newest = call(() -> list.getItems().get(0).toString());
        fx.live.publish("ticks", System.currentTimeMillis(), java.util.Map.of("v", 999.0));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(call(() -> list.getItems().get(0).toString())).isEqualTo(newest).doesNotContain("999");

        robot.clickOn("#wire-copy");
        String copied = call(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith(newest).contains("\t");
    }

    @Test
    void anUntrustedJavaModuleIsRefusedUntilTheUserTrustsItInTheDialog(FxRobot robot) {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        ModuleNode button = b.add("button");
        b.param(button, "buttonValue", 5);
        ModuleNode java = b.add("java-module");
        java.putExtra("code", """
            TimeSeriesInput in = doubleInput("in");
            TimeSeriesOutput out = doubleOutput("out");
            public void sendOutput() { out.send(in.getValue() * 3); }
            """);
        java.params.clear();
        java.inputs.clear();
        java.outputs.clear();
        dev.rivulet.core.ModuleNodes.writePorts(RunFixture.REGISTRY.instantiate(java, new java.util.ArrayList<>()),
            java);
        ModuleNode label = b.add("label");
        b.connect(button, "out", java, "in").connect(java, "out", label, "label");
        CanvasDocument doc = b.build();
        place(doc, button, 40, 40);
        place(doc, java, 300, 40);
        place(doc, label, 560, 40);
        open(doc);

        robot.clickOn("#tool-run");
        waitFor(() -> fx.dialogs.trustPrompts.size() == 1);
        assertThat(fx.dialogs.trustPrompts.get(0)).contains("Java code");
        assertThat(call(() -> fx.controller().isActive())).isFalse();
        assertThat(call(() -> fx.controller().notice().get())).contains("Not run");

        fx.dialogs.trust = true;
        robot.clickOn("#tool-run");
        waitFor(() -> call(() -> fx.controller().phase().get() == RunController.Phase.RUNNING));
        assertThat(fx.dialogs.trustPrompts).hasSize(2);
        robot.clickOn(robot.lookup(".widget-button").queryAs(Button.class));
        waitFor(() -> "15".equals(labelText(robot)));
        assertThat(fx.trust.isTrusted(doc)).isTrue();
    }

    @Test
    void aWidgetModuleIsResizedByItsHandleAsOneUndoableStepButNotWhileRunning(FxRobot robot) {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        ModuleNode label = b.add("label");
        CanvasDocument doc = b.build();
        place(doc, label, 60, 60);
        open(doc);
        double width = call(() -> fx.view().moduleBounds(label.hash).width());
        double height = call(() -> fx.view().moduleBounds(label.hash).height());
        javafx.scene.Node handle = robot.lookup(".module-resize-handle").query();

        robot.drag(handle).moveBy(40, 20).moveBy(40, 20).drop();
        ModuleLayout resized = fx.view().session().layoutOf(label.hash);
        assertThat(resized.width).isCloseTo(width + 80, org.assertj.core.data.Offset.offset(2.0));
        assertThat(resized.height).isCloseTo(height + 40, org.assertj.core.data.Offset.offset(2.0));
        assertThat(call(() -> fx.view().moduleBounds(label.hash).width())).isCloseTo(width + 80,
            org.assertj.core.data.Offset.offset(2.0));

        robot.clickOn("#menu-edit").clickOn("#menu-undo");
        assertThat(fx.view().session().layoutOf(label.hash).width).isNull();

        robot.clickOn("#tool-run");
        waitFor(() -> call(() -> fx.controller().phase().get() == RunController.Phase.RUNNING));
        javafx.scene.Node again = robot.lookup(".module-resize-handle").query();
        robot.drag(again).moveBy(40, 20).moveBy(40, 20).drop();
        assertThat(fx.view().session().layoutOf(label.hash).width).isNull();
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).contains("running");
    }

    @Test
    void aRunningCanvasOfTwoThousandModulesBuildsWidgetsOnlyForModulesInView(FxRobot robot) {
        CanvasBuilder b = new CanvasBuilder(RunFixture.REGISTRY);
        CanvasDocument doc;
        java.util.List<ModuleNode> all = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            all.add(b.add(i % 2 == 0 ? "label" : "constant"));
        }
        doc = b.build();
        for (int i = 0; i < all.size(); i++) {
            place(doc, all.get(i), 40 + (i % 40) * 240, 40 + (i / 40) * 160);
        }
        open(doc);
        robot.clickOn("#tool-run");
        waitFor(() -> call(() -> fx.controller().phase().get() == RunController.Phase.RUNNING));
        WaitForAsyncUtils.waitForFxEvents();

        int shown = call(() -> fx.view().shownModuleCount());
        int widgets = call(() -> robot.lookup(".widget-label").queryAll().size());
        assertThat(shown).isBetween(1, 200);
        assertThat(widgets).isPositive().isLessThanOrEqualTo(shown);

        call(() -> {
            fx.view().setViewport(0.2, 0, 0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(call(() -> fx.view().detail())).isEqualTo(dev.rivulet.canvas.geometry.DetailLevel.OVERVIEW);
        assertThat(call(() -> robot.lookup(".widget-label").queryAll().size())).isZero();
    }

    private String labelText(FxRobot robot) {
        return call(() -> robot.lookup(".widget-label-value").tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }

    private ModuleRunStatus status(int hash) {
        return call(() -> {
            DefaultModuleSkin skin = (DefaultModuleSkin) fx.view().skinOf(hash);
            return skin == null ? null : skin.runStatus();
        });
    }

    private double[] position(int hash) {
        ModuleLayout l = fx.view().session().layoutOf(hash);
        return new double[] {l.x, l.y};
    }

    static <T> T call(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
