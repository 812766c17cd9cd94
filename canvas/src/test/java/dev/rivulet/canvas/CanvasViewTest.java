package dev.rivulet.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.canvas.skin.DefaultModuleSkin;
import dev.rivulet.canvas.skin.ModuleSkins;
import dev.rivulet.canvas.skin.PortState;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the canvas with real mouse and keyboard events (headless Monocle) and checks the document afterwards. */
@ExtendWith(ApplicationExtension.class)
class CanvasViewTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    private CanvasDocument doc;
    private EditSession session;
    private CanvasView view;
    private int constant;
    private int text;
    private int abs;
    private int label;

    @Start
    void start(Stage stage) {
        doc = new CanvasDocument();
        session = new EditSession(doc, REGISTRY);
        constant = session.addModule("constant", 40, 40);
        text = session.addModule("constant-text", 40, 200);
        abs = session.addModule("abs", 320, 60);
        label = session.addModule("label", 560, 220);
        view = new CanvasView(session, ModuleSkins.standard(CanvasTheme.LIGHT));
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        view.dispose();
    }

    @Test
    void dragsAModuleAsOneMoveAndUndoesAndRedoesIt(FxRobot robot) {
        Point2D from = screen(view.titlePosition(abs));
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(50, 20)).moveTo(from.add(100, 60)).release(
            MouseButton.PRIMARY);

        assertThat(position(abs)).containsExactly(420.0, 120.0);
        assertThat(session.undoDescription()).contains("Move module");
        assertThat(view.selection().hashes()).containsExactly(abs);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(position(abs)).containsExactly(320.0, 60.0);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(position(abs)).containsExactly(420.0, 120.0);
    }

    @Test
    void connectsAnOutputToAnInputByDragging(FxRobot robot) {
        dragWire(robot, view.portPosition(constant, "out", true), view.portPosition(abs, "in", false));

        assertThat(doc.connections).singleElement().hasToString(constant + ".out -> " + abs + ".in");
        assertThat(view.message()).isNull();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(doc.connections).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(doc.connections).hasSize(1);
    }

    @Test
    void refusesAnIncompatibleConnectionAndSaysWhy(FxRobot robot) {
        dragWire(robot, view.portPosition(text, "out", true), view.portPosition(abs, "in", false));

        assertThat(doc.connections).isEmpty();
        assertThat(view.message()).contains("Cannot connect").contains("types do not match");
        assertThat(robot.lookup("#canvas-message").query().isVisible()).isTrue();
        assertThat(session.canUndo()).isTrue();
        assertThat(session.undoDescription()).contains("Add Label");
    }

    @Test
    void marqueeSelectsModulesAndDeleteRemovesThemUntilUndone(FxRobot robot) {
        session.connect(constant, "out", abs, "in");
        WaitForAsyncUtils.waitForFxEvents();
        Point2D a = screen(new Point2D(20, 20));
        Point2D b = screen(new Point2D(500, 180));
        robot.press(KeyCode.SHIFT);
        robot.drag(a, MouseButton.PRIMARY).moveTo(a.add(200, 100)).moveTo(b).release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);

        assertThat(view.selection().hashes()).containsExactlyInAnyOrder(constant, abs);

        robot.type(KeyCode.DELETE);
        assertThat(doc.modules).extracting(m -> m.hash).containsExactly(text, label);
        assertThat(doc.connections).isEmpty();
        assertThat(view.selection().isEmpty()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(doc.modules).extracting(m -> m.hash).containsExactly(constant, text, abs, label);
        assertThat(doc.connections).hasSize(1);
    }

    @Test
    void clickSelectsShiftClickAddsAndClickOnBackgroundClears(FxRobot robot) {
        robot.clickOn(screen(view.titlePosition(constant)));
        robot.press(KeyCode.SHIFT).clickOn(screen(view.titlePosition(abs))).release(KeyCode.SHIFT);
        assertThat(view.selection().hashes()).containsExactly(constant, abs);

        robot.clickOn(screen(new Point2D(800, 500)));
        assertThat(view.selection().isEmpty()).isTrue();
    }

    @Test
    void pansByDraggingTheBackgroundAndZoomsAroundTheCursor(FxRobot robot) {
        Point2D start = screen(new Point2D(800, 500));
        robot.drag(start, MouseButton.PRIMARY).moveTo(start.add(-30, -10)).moveTo(start.add(-60, -20))
            .release(MouseButton.PRIMARY);
        assertThat(view.viewport().translateX()).isEqualTo(-60.0);
        assertThat(view.viewport().translateY()).isEqualTo(-20.0);

        Point2D cursor = new Point2D(400, 300);
        double canvasX = view.viewport().toCanvasX(cursor.getX());
        robot.moveTo(screen(cursor)).scroll(5, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewport().scale()).isNotEqualTo(1.0);
        assertThat(view.viewport().toCanvasX(cursor.getX())).isCloseTo(canvasX, org.assertj.core.data.Offset.offset(
            1e-6));
    }

    @Test
    void showsValidationProblemBadgesOnModules() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.problems().containsKey(abs));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.problems().get(abs)).anySatisfy(p -> assertThat(p.message()).contains("not connected"));
        assertThat(((DefaultModuleSkin) view.skinOf(abs)).badge()).isNotNull();
        assertThat(((DefaultModuleSkin) view.skinOf(constant)).badge()).isNull();
    }

    @Test
    void highlightsCompatiblePortsWhileAWireIsDraggedAndCancelsOnEmptySpace(FxRobot robot) {
        session.connect(constant, "out", abs, "in");
        WaitForAsyncUtils.waitForFxEvents();
        Point2D a = screen(view.portPosition(text, "out", true));
        robot.drag(a, MouseButton.PRIMARY).moveTo(a.add(60, 40));

        assertThat(portState(label, "label")).isEqualTo(PortState.COMPATIBLE);
        assertThat(portState(abs, "in")).isEqualTo(PortState.REFUSED);

        robot.moveTo(screen(new Point2D(800, 550))).release(MouseButton.PRIMARY);
        assertThat(doc.connections).hasSize(1);
        assertThat(portState(label, "label")).isEqualTo(PortState.NEUTRAL);
    }

    @Test
    void droppingOnAnOccupiedInputReplacesItsWireInOneStep(FxRobot robot) {
        int second = session.addModule("constant", 40, 360);
        session.connect(constant, "out", abs, "in");
        WaitForAsyncUtils.waitForFxEvents();

        dragWire(robot, view.portPosition(second, "out", true), view.portPosition(abs, "in", false));

        assertThat(doc.connections).singleElement().hasToString(second + ".out -> " + abs + ".in");
        assertThat(session.undoDescription()).contains("Replace connection");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(doc.connections).singleElement().hasToString(constant + ".out -> " + abs + ".in");
    }

    private PortState portState(int hash, String port) {
        return ((DefaultModuleSkin) view.skinOf(hash)).portState(port);
    }

    private void dragWire(FxRobot robot, Point2D from, Point2D to) {
        Point2D a = screen(from);
        Point2D b = screen(to);
        robot.drag(a, MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b).release(MouseButton.PRIMARY);
    }

    private Point2D screen(Point2D local) {
        return view.localToScreen(local);
    }

    private double[] position(int hash) {
        ModuleLayout l = doc.ui.of(hash);
        return new double[] {l.x, l.y};
    }
}
