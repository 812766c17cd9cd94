package dev.rivulet.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.edit.CanvasGroup;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.geometry.CanvasIndex;
import dev.rivulet.canvas.geometry.Rect;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.canvas.skin.ModuleSkins;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
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

/** Groups driven with real clicks, drags and keys: group, collapse, expand, move, ungroup, and undo of each. */
@ExtendWith(ApplicationExtension.class)
class CanvasGroupTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    private CanvasDocument doc;
    private EditSession session;
    private CanvasView view;
    private int constant;
    private int abs;
    private int label;

    @Start
    void start(Stage stage) {
        doc = new CanvasDocument();
        session = new EditSession(doc, REGISTRY);
        constant = session.addModule("constant", 60, 120);
        abs = session.addModule("abs", 300, 140);
        label = session.addModule("label", 600, 260);
        session.connect(constant, "out", abs, "in");
        session.connect(abs, "out", label, "label");
        view = new CanvasView(session, ModuleSkins.standard(CanvasTheme.LIGHT));
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        view.dispose();
    }

    @Test
    void ctrlGGroupsTheSelectionAndDrawsAFrameAroundItUntilUndone(FxRobot robot) {
        String id = groupConstantAndAbs(robot);

        assertThat(session.groups()).singleElement()
            .satisfies(g -> assertThat(g.members()).containsExactly(constant, abs));
        Rect frame = view.groupBounds(id);
        assertThat(frame.x()).isLessThan(60);
        assertThat(frame.maxX()).isGreaterThan(view.moduleBounds(abs).maxX());
        assertThat(robot.lookup("#group-" + id).tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(session.groups()).isEmpty();
        assertThat(robot.lookup("#group-" + id).tryQuery()).isEmpty();
    }

    @Test
    void collapsingShowsOneBoxWithTheExternalWiresOnItsEdgeAndExpandingRestores(FxRobot robot) {
        String id = groupConstantAndAbs(robot);
        int shownBefore = view.shownModuleCount();

        robot.clickOn("#group-toggle-" + id);

        assertThat(session.groups().get(0).collapsed()).isTrue();
        assertThat(view.isHiddenByGroup(constant)).isTrue();
        assertThat(view.isHiddenByGroup(abs)).isTrue();
        assertThat(view.shownModuleCount()).isEqualTo(shownBefore - 2);
        Rect box = view.groupBounds(id);
        CanvasIndex.Wire out = wireInto(label);
        double[] ends = new double[4];
        assertThat(view.index().wireEnds(out, ends)).isTrue();
        assertThat(ends[0]).isEqualTo(box.maxX());
        assertThat(ends[1]).isBetween(box.y(), box.maxY());
        assertThat(view.index().wireEnds(wireInto(abs), ends)).as("wire inside the group is hidden").isFalse();
        // the hidden modules are not hit: a click where abs was lands on the group box or the background
        assertThat(view.index().moduleAt(320, 150)).isNull();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(session.groups().get(0).collapsed()).isFalse();
        assertThat(view.isHiddenByGroup(abs)).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        assertThat(session.groups().get(0).collapsed()).isTrue();
        robot.doubleClickOn(titlePoint(id));
        assertThat(session.groups().get(0).collapsed()).isFalse();
        assertThat(view.shownModuleCount()).isEqualTo(shownBefore);
        assertThat(view.index().wireEnds(wireInto(abs), ends)).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(session.groups().get(0).collapsed()).as("undo of the expand").isTrue();
        assertThat(view.isHiddenByGroup(abs)).isTrue();
    }

    @Test
    void findingAModuleInACollapsedGroupOpensTheGroupAndTabStepsOverHiddenModules(FxRobot robot) {
        String id = groupConstantAndAbs(robot);
        robot.clickOn("#group-toggle-" + id);
        assertThat(view.isHiddenByGroup(abs)).isTrue();

        // keyboard navigation from the label never lands on a hidden module
        robot.interact(() -> view.selection().set(java.util.List.of(label)));
        robot.interact(() -> view.commands().selectNext(false));
        assertThat(view.selection().hashes()).containsExactly(label);

        robot.interact(() -> view.commands().reveal(abs));
        assertThat(session.groups().get(0).collapsed()).isFalse();
        assertThat(view.isHiddenByGroup(abs)).isFalse();
        assertThat(view.selection().hashes()).containsExactly(abs);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(session.groups().get(0).collapsed()).as("opening the group is one undoable step").isTrue();
    }

    @Test
    void draggingTheTitleBarMovesTheMembersAsOneUndoableStep(FxRobot robot) {
        String id = groupConstantAndAbs(robot);
        Point2D from = titlePoint(id);

        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(40, 20)).moveTo(from.add(100, 50))
            .release(MouseButton.PRIMARY);

        assertThat(position(constant)).containsExactly(160.0, 170.0);
        assertThat(position(abs)).containsExactly(400.0, 190.0);
        assertThat(position(label)).containsExactly(600.0, 260.0);
        assertThat(session.undoDescription()).contains("Move group Group 1");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(position(constant)).containsExactly(60.0, 120.0);
        assertThat(position(abs)).containsExactly(300.0, 140.0);
    }

    @Test
    void aCollapsedBoxDragsItsHiddenMembersToo(FxRobot robot) {
        String id = groupConstantAndAbs(robot);
        robot.clickOn("#group-toggle-" + id);
        Rect box = view.groupBounds(id);
        Point2D from = screen(box.x() + box.width() / 2, box.y() + box.height() - 6);

        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(30, 0)).moveTo(from.add(60, 0))
            .release(MouseButton.PRIMARY);

        assertThat(position(constant)).containsExactly(120.0, 120.0);
        assertThat(view.groupBounds(id).x()).isEqualTo(box.x() + 60);
    }

    @Test
    void ctrlShiftGAndTheCrossUngroupUntilUndone(FxRobot robot) {
        String id = groupConstantAndAbs(robot);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(session.groups()).isEmpty();
        assertThat(position(abs)).containsExactly(300.0, 140.0);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(session.groups()).extracting(CanvasGroup::id).containsExactly(id);

        robot.clickOn("#group-ungroup-" + id);
        assertThat(session.groups()).isEmpty();
        assertThat(session.undoDescription()).contains("Ungroup");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(session.groups()).hasSize(1);
    }

    @Test
    void writesASnapshotOfAnExpandedAndACollapsedGroup() throws Exception {
        int second = WaitForAsyncUtils.asyncFx(() -> {
            int c2 = session.addModule("constant", 60, 420);
            int a2 = session.addModule("abs", 300, 430);
            session.connect(c2, "out", a2, "in");
            session.connect(a2, "out", session.addModule("label", 600, 440), "label");
            session.group(java.util.List.of(constant, abs), "Scaling");
            String folded = session.group(java.util.List.of(c2, a2), "Second input").orElseThrow();
            session.setGroupCollapsed(folded, true);
            return c2;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.isHiddenByGroup(second)).isTrue();
        var image = WaitForAsyncUtils.asyncFx(() -> view.getScene().snapshot(null)).get();
        java.nio.file.Path out = java.nio.file.Path.of("..", "docs", "screenshots", "canvas-groups.png");
        java.nio.file.Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    @Test
    void f2RenamesTheGroupInPlaceAsOneUndoableStep(FxRobot robot) {
        String id = groupConstantAndAbs(robot);

        robot.type(KeyCode.F2);
        robot.write("Scaling");
        robot.type(KeyCode.ENTER);

        assertThat(session.groups()).extracting(CanvasGroup::title).containsExactly("Scaling");
        assertThat(session.undoDescription()).contains("Rename group Scaling");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(session.groups()).extracting(CanvasGroup::title).containsExactly("Group 1");
        assertThat(view.groupBounds(id)).isNotNull();
    }

    /** Clicks constant, shift-clicks abs, presses Ctrl+G; returns the new group's id. */
    private String groupConstantAndAbs(FxRobot robot) {
        robot.clickOn(view.localToScreen(view.titlePosition(constant)));
        robot.press(KeyCode.SHIFT).clickOn(view.localToScreen(view.titlePosition(abs))).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.groups()).hasSize(1);
        return session.groups().get(0).id();
    }

    private CanvasIndex.Wire wireInto(int hash) {
        return view.index().wires().stream().filter(w -> w.to().hash() == hash).findFirst().orElseThrow();
    }

    /** A point on the group's title text (right of the collapse arrow). */
    private Point2D titlePoint(String id) {
        Rect frame = view.groupBounds(id);
        return screen(frame.x() + 60, frame.y() + 12);
    }

    private Point2D screen(double canvasX, double canvasY) {
        return view.localToScreen(view.viewport().toScreenX(canvasX), view.viewport().toScreenY(canvasY));
    }

    private double[] position(int hash) {
        ModuleLayout l = doc.ui.of(hash);
        return new double[] {l.x, l.y};
    }
}
