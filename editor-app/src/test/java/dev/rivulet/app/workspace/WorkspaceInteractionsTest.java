package dev.rivulet.app.workspace;

import static dev.rivulet.app.workspace.WorkspaceFixture.shortcut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.edit.EditSession;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
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
 * Drives the workspace window with real mouse and keyboard events (headless Monocle): adding modules from the
 * browser and by quick add, wires dropped on empty space, and the undo of each.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceInteractionsTest {
    private WorkspaceFixture ws;

    @Start
    void start(Stage stage) {
        ws = new WorkspaceFixture(stage);
    }

    @Test
    void dragsAModuleFromTheBrowserOntoTheCanvasAsOneUndoableAdd(FxRobot robot) {
        robot.clickOn("#module-search").write("moving");
        Node cell = resultCell(robot, "MovingAverage");
        Point2D target = ws.screen(300, 200);
        robot.drag(cell, MouseButton.PRIMARY).moveTo(target.add(-100, 0)).moveTo(target).release(MouseButton.PRIMARY);

        assertThat(ws.modules()).singleElement().satisfies(m -> assertThat(m.type).isEqualTo("moving-average"));
        int hash = ws.modules().get(0).hash;
        Point2D canvasPoint = ws.view().toCanvas(300, 200);
        assertThat(ws.position(hash)).containsExactly(Math.round(canvasPoint.getX()), Math.round(canvasPoint.getY()));
        assertThat(ws.view().selection().hashes()).containsExactly(hash);
        assertThat(menuText(robot, "#menu-undo")).isEqualTo("Undo Add MovingAverage");

        shortcut(robot, KeyCode.Z);
        assertThat(ws.modules()).isEmpty();
    }

    @Test
    void doubleClickInTheBrowserAddsTheModuleInTheMiddleOfTheView(FxRobot robot) {
        robot.clickOn("#module-search").write("abs");
        robot.doubleClickOn(resultCell(robot, "Abs"));

        assertThat(ws.modules()).extracting(m -> m.type).containsExactly("abs");
        shortcut(robot, KeyCode.Z);
        assertThat(ws.modules()).isEmpty();
    }

    @Test
    void searchRanksNamesBeforeHelpTextAndFindsStreamrAliases(FxRobot robot) {
        robot.clickOn("#module-search").write("add");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<dev.rivulet.core.ModuleDefinition> results =
            (javafx.scene.control.ListView<dev.rivulet.core.ModuleDefinition>) robot.lookup("#module-results").query();
        assertThat(results.getItems().get(0).id()).isEqualTo("add");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(ws.modules()).extracting(m -> m.type).containsExactly("add");
    }

    @Test
    void quickAddAtTheCursorByDoubleClickingTheBackground(FxRobot robot) {
        Point2D at = ws.screen(400, 300);
        robot.doubleClickOn(at);
        assertThat(robot.lookup("#quick-add").query().isVisible()).isTrue();
        robot.write("abs");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(robot.lookup("#quick-add").query().isVisible()).isFalse();
        assertThat(ws.modules()).extracting(m -> m.type).containsExactly("abs");
        Point2D expected = ws.view().toCanvas(400, 300);
        assertThat(ws.position(ws.modules().get(0).hash))
            .containsExactly(Math.round(expected.getX()), Math.round(expected.getY()));
        robot.clickOn(ws.screen(560, 30));
        shortcut(robot, KeyCode.Z);
        assertThat(ws.modules()).isEmpty();
    }

    @Test
    void quickAddFromTheMenuShortcutAndEscapeClosesIt(FxRobot robot) {
        robot.moveTo(ws.screen(500, 250));
        robot.clickOn(ws.screen(500, 250));
        shortcut(robot, KeyCode.K);
        assertThat(robot.lookup("#quick-add").query().isVisible()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(robot.lookup("#quick-add").query().isVisible()).isFalse();
        assertThat(ws.modules()).isEmpty();
    }

    @Test
    void droppingAWireOnEmptySpaceAddsAConnectedModuleAsOneCommand(FxRobot robot) {
        EditSession s = ws.view().session();
        int[] constant = new int[1];
        robot.interact(() -> constant[0] = s.addModule("constant", 60, 60));
        CanvasView view = ws.view();
        Point2D out = view.portPosition(constant[0], "out", true);
        Point2D from = view.localToScreen(out);
        Point2D to = ws.screen(500, 320);
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to).release(MouseButton.PRIMARY);
        assertThat(robot.lookup("#quick-add").query().isVisible()).isTrue();
        robot.write("abs");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(ws.modules()).extracting(m -> m.type).containsExactly("constant", "abs");
        int abs = ws.only("abs").hash;
        assertThat(s.document().connections).singleElement().hasToString(constant[0] + ".out -> " + abs + ".in");
        assertThat(s.undoDescription()).contains("Add Abs connected to out");
        shortcut(robot, KeyCode.Z);
        assertThat(ws.modules()).extracting(m -> m.type).containsExactly("constant");
        assertThat(s.document().connections).isEmpty();
    }

    @Test
    void quickAddAfterAWireDropOffersOnlyModulesThatTakeTheOutput(FxRobot robot) {
        EditSession s = ws.view().session();
        int[] text = new int[1];
        robot.interact(() -> text[0] = s.addModule("constant-text", 60, 60));
        Point2D from = ws.view().localToScreen(ws.view().portPosition(text[0], "out", true));
        Point2D to = ws.screen(500, 320);
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to).release(MouseButton.PRIMARY);
        robot.write("abs");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<dev.rivulet.core.ModuleDefinition> list =
            (javafx.scene.control.ListView<dev.rivulet.core.ModuleDefinition>) robot.lookup("#quick-add-list").query();
        assertThat(list.getItems()).extracting(d -> d.id()).doesNotContain("abs");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(ws.modules()).hasSize(1);
    }

    private static Node resultCell(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#module-results .list-cell")
            .match((ListCell<?> c) -> c.getText() != null && c.getText().startsWith(name + " ")).query();
    }

    static String menuText(FxRobot robot, String id) {
        return robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
            .flatMap(m -> m.getItems().stream()).filter(i -> id.equals("#" + i.getId())).map(MenuItem::getText)
            .findFirst().orElseThrow();
    }
}
