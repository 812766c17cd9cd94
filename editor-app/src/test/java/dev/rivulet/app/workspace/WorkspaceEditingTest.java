package dev.rivulet.app.workspace;

import static dev.rivulet.app.workspace.WorkspaceFixture.shortcut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.document.PortNode;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector, console, clipboard, find, zoom, align and keyboard commands of the workspace, driven with real
 * mouse and keyboard events; each edit is checked in the model and undone.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceEditingTest {
    private WorkspaceFixture ws;
    private EditSession s;
    private int constant;
    private int abs;

    @Start
    void start(Stage stage) {
        ws = new WorkspaceFixture(stage);
        s = ws.view().session();
        constant = s.addModule("constant", 60, 60);
        abs = s.addModule("abs", 320, 100);
        s.connect(constant, "out", abs, "in");
    }

    @Test
    void inspectorSetsAParameterAsOneUndoableCommand(FxRobot robot) {
        select(robot, constant);
        TextField field = robot.lookup("#field-constant").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(3).write("42").press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(s.module(constant).orElseThrow().paramValue("constant", null)).isEqualTo(42.0);
        assertThat(WorkspaceInteractionsTest.menuText(robot, "#menu-undo")).startsWith("Undo Set");
        robot.clickOn(blank());
        shortcut(robot, KeyCode.Z);
        assertThat(s.module(constant).orElseThrow().paramValue("constant", null)).isNotEqualTo(42.0);
    }

    @Test
    void inspectorRenamesAndTogglesPortFlagsUndoably(FxRobot robot) {
        select(robot, abs);
        robot.doubleClickOn("#inspector-name");
        shortcut(robot, KeyCode.A);
        robot.write("Magnitude").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(s.module(abs).orElseThrow().displayName).isEqualTo("Magnitude");

        robot.clickOn("#export-out");
        assertThat(s.module(abs).orElseThrow().output("out").map(p -> p.export)).contains(Boolean.TRUE);
        robot.clickOn("#no_repeat-out");
        boolean noRepeat = Boolean.TRUE.equals(s.module(abs).orElseThrow().output("out").map(p -> p.noRepeat)
            .orElse(null));
        robot.clickOn("#driving-in");
        PortNode in = s.module(abs).orElseThrow().input("in").orElseThrow();
        assertThat(in.driving).isFalse();

        robot.clickOn(blank());
        shortcut(robot, KeyCode.Z);
        assertThat(s.module(abs).orElseThrow().input("in").orElseThrow().driving).isNotEqualTo(Boolean.FALSE);
        shortcut(robot, KeyCode.Z);
        assertThat(Boolean.TRUE.equals(s.module(abs).orElseThrow().output("out").orElseThrow().noRepeat))
            .isEqualTo(!noRepeat);
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertThat(s.module(abs).orElseThrow().displayName).isNull();
    }

    @Test
    void clickingAConsoleRowSelectsAndRevealsItsModule(FxRobot robot) {
        int[] label = new int[1];
        robot.interact(() -> label[0] = s.addModule("label", 3000, 2000));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ConsoleViewModel.Row> table = robot.lookup("#console-table").queryAs(TableView.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(r -> r.hash() == label[0]));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the label's problem never reached the console", e);
        }
        robot.clickOn(robot.lookup("#console-table .table-row-cell").nth(
            table.getItems().indexOf(table.getItems().stream().filter(r -> r.hash() == label[0]).findFirst()
                .orElseThrow())).queryAs(javafx.scene.Node.class));

        assertThat(ws.view().selection().hashes()).containsExactly(label[0]);
        var box = ws.view().moduleBounds(label[0]);
        Point2D center = new Point2D(ws.view().viewport().toScreenX(box.x() + box.width() / 2),
            ws.view().viewport().toScreenY(box.y() + box.height() / 2));
        assertThat(ws.view().getLayoutBounds().contains(center)).isTrue();
    }

    @Test
    void copiesAndPastesBetweenCanvasesThroughTheSystemClipboard(FxRobot robot) {
        select(robot, constant);
        robot.press(KeyCode.SHIFT).clickOn(title(abs)).release(KeyCode.SHIFT);
        shortcut(robot, KeyCode.C);
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).contains("\"schemaVersion\"");

        robot.clickOn("#tool-new");
        CanvasView other = ws.view();
        assertThat(other.session()).isNotSameAs(s);
        robot.clickOn(other.localToScreen(new Point2D(600, 400)));
        shortcut(robot, KeyCode.V);

        assertThat(other.session().document().modules).extracting(m -> m.type).containsExactly("constant", "abs");
        assertThat(other.session().document().connections).hasSize(1);
        assertThat(other.selection().size()).isEqualTo(2);
        shortcut(robot, KeyCode.Z);
        assertThat(other.session().document().modules).isEmpty();
        assertThat(s.document().modules).hasSize(2);
    }

    @Test
    void cutRemovesAndPasteBringsBackWithFreshHashes(FxRobot robot) {
        select(robot, abs);
        shortcut(robot, KeyCode.X);
        assertThat(ws.modules()).extracting(m -> m.type).containsExactly("constant");
        shortcut(robot, KeyCode.V);
        assertThat(ws.modules()).extracting(m -> m.type).containsExactly("constant", "abs");
        assertThat(ws.only("abs").hash).isNotEqualTo(abs);
    }

    @Test
    void duplicatesTheSelectionBesideItself(FxRobot robot) {
        select(robot, abs);
        shortcut(robot, KeyCode.D);
        assertThat(ws.modules()).extracting(m -> m.type).containsExactly("constant", "abs", "abs");
        int copy = ws.modules().get(2).hash;
        assertThat(ws.position(copy)).containsExactly(344.0, 124.0);
        shortcut(robot, KeyCode.Z);
        assertThat(ws.modules()).hasSize(2);
    }

    @Test
    void findSelectsModulesByNameTypeOrParameterValue(FxRobot robot) {
        robot.interact(() -> s.setParameter(constant, "constant", 1234.5));
        robot.clickOn(blank());
        shortcut(robot, KeyCode.F);
        robot.write("1234").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(ws.view().selection().hashes()).containsExactly(constant);
        robot.doubleClickOn("#find-field").write("abs").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(ws.view().selection().hashes()).containsExactly(abs);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup("#find-bar").query().isVisible()).isFalse();
    }

    @Test
    void zoomCommandsChangeTheScaleAndActualSizeRestoresIt(FxRobot robot) {
        robot.clickOn(blank());
        shortcut(robot, KeyCode.EQUALS);
        assertThat(ws.view().viewport().scale()).isCloseTo(1.25, org.assertj.core.data.Offset.offset(1e-9));
        shortcut(robot, KeyCode.MINUS);
        shortcut(robot, KeyCode.MINUS);
        assertThat(ws.view().viewport().scale()).isLessThan(1);
        shortcut(robot, KeyCode.DIGIT0);
        assertThat(ws.view().viewport().scale()).isEqualTo(1.0);
        robot.clickOn("#tool-zoom-fit");
        assertThat(ws.view().viewport().scale()).isEqualTo(1.0); // two small modules fit at 100%, never more
    }

    @Test
    void spaceDragPansEvenOverAModule(FxRobot robot) {
        robot.clickOn(blank());
        double tx = ws.view().viewport().translateX();
        Point2D from = title(constant);
        robot.press(KeyCode.SPACE);
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(40, 20)).moveTo(from.add(80, 30))
            .release(MouseButton.PRIMARY);
        robot.release(KeyCode.SPACE);
        assertThat(ws.view().viewport().translateX()).isEqualTo(tx + 80);
        assertThat(ws.position(constant)).containsExactly(60.0, 60.0);
    }

    @Test
    void alignsTheSelectionLeftAsOneUndoableMove(FxRobot robot) {
        select(robot, constant);
        robot.press(KeyCode.SHIFT).clickOn(title(abs)).release(KeyCode.SHIFT);
        robot.clickOn("#tool-align-left");
        assertThat(ws.position(abs)[0]).isEqualTo(60.0);
        assertThat(s.undoDescription()).contains("Align left");
        shortcut(robot, KeyCode.Z);
        assertThat(ws.position(abs)[0]).isEqualTo(320.0);
    }

    @Test
    void automaticLayoutMovesUnpinnedModulesAsOneUndoableStep(FxRobot robot) {
        int[] third = new int[1];
        robot.interact(() -> {
            third[0] = s.addModule("abs", 40, 260);
            s.connect(abs, "out", third[0], "in");
        });
        select(robot, constant);
        shortcut(robot, KeyCode.P);
        assertThat(s.isPinned(constant)).isTrue();
        robot.clickOn("#tool-layout");

        assertThat(s.undoDescription()).contains("Automatic layout");
        assertThat(ws.position(constant)).containsExactly(60.0, 60.0);
        assertThat(ws.position(third[0])[0]).isGreaterThan(ws.position(abs)[0]);
        robot.clickOn(blank());
        shortcut(robot, KeyCode.Z);
        assertThat(ws.position(abs)).containsExactly(320.0, 100.0);
        assertThat(ws.position(third[0])).containsExactly(40.0, 260.0);
    }

    @Test
    void commentsAreAddedEditedMovedResizedAndDeletedUndoably(FxRobot robot) {
        robot.clickOn("#tool-comment");
        assertThat(s.comments()).hasSize(1);
        String id = s.comments().get(0).id();
        robot.write("Check the window");
        robot.clickOn(blank());
        assertThat(s.comments().get(0).text()).isEqualTo("Check the window");
        assertThat(s.undoDescription()).contains("Edit comment");

        javafx.scene.Node note = robot.lookup("#comment-" + id).query();
        javafx.scene.Node header = robot.from(note).lookup(".comment-header").query();
        Point2D h = header.localToScreen(20, 6);
        double x0 = s.comments().get(0).x();
        robot.drag(h, MouseButton.PRIMARY).moveTo(h.add(30, 10)).moveTo(h.add(60, 20)).release(MouseButton.PRIMARY);
        assertThat(s.comments().get(0).x()).isEqualTo(x0 + 60);
        assertThat(s.undoDescription()).contains("Move comment");

        javafx.scene.Node grip = robot.from(note).lookup(".comment-grip").query();
        Point2D g = grip.localToScreen(6, 6);
        robot.drag(g, MouseButton.PRIMARY).moveTo(g.add(20, 20)).moveTo(g.add(40, 30)).release(MouseButton.PRIMARY);
        assertThat(s.comments().get(0).width()).isEqualTo(260);
        assertThat(s.comments().get(0).height()).isEqualTo(140);

        robot.clickOn(blank());
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertThat(s.comments().get(0).x()).isEqualTo(x0);
        assertThat(s.comments().get(0).width()).isEqualTo(220);

        robot.clickOn(robot.from(note).lookup(".comment-delete").queryAs(javafx.scene.Node.class));
        assertThat(s.comments()).isEmpty();
        assertThat(ws.modules()).hasSize(2);
        robot.clickOn(blank());
        shortcut(robot, KeyCode.Z);
        assertThat(s.comments()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("Check the window"));
    }

    @Test
    void arrowKeysNudgeAndTabWalksThroughModules(FxRobot robot) {
        select(robot, constant);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        assertThat(ws.position(constant)).containsExactly(70.0, 70.0);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertThat(ws.view().selection().hashes()).containsExactly(abs);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertThat(ws.view().selection().hashes()).containsExactly(constant);
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertThat(ws.position(constant)).containsExactly(60.0, 60.0);
    }

    @Test
    void themeSwitchKeepsCanvasZoomAndSelection(FxRobot robot) {
        select(robot, abs);
        CanvasView before = ws.view();
        shortcut(robot, KeyCode.SHIFT, KeyCode.D);
        assertThat(ws.vm.theme().get()).isEqualTo(WorkspaceTheme.DARK);
        assertThat(ws.view()).isNotSameAs(before);
        assertThat(ws.view().session()).isSameAs(s);
        assertThat(ws.view().selection().hashes()).containsExactly(abs);
        robot.interact(() -> ws.vm.theme().set(WorkspaceTheme.LIGHT));
    }

    /** An empty spot of the canvas (away from the modules and the minimap in the bottom-right corner). */
    private Point2D blank() {
        return ws.screen(560, 30);
    }

    private void select(FxRobot robot, int hash) {
        robot.clickOn(title(hash));
        assertThat(ws.view().selection().hashes()).containsExactly(hash);
    }

    private Point2D title(int hash) {
        return ws.view().localToScreen(ws.view().titlePosition(hash));
    }
}
