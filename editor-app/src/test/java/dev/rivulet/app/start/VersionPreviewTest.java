package dev.rivulet.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.CanvasView;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasLayout.ModuleLayout;
import dev.rivulet.runtime.workspace.VersionInfo;
import dev.rivulet.runtime.workspace.VersionKind;
import java.time.Instant;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An old version opened read-only: drawn, but drags and keys change nothing. */
@ExtendWith(ApplicationExtension.class)
class VersionPreviewTest {
    private CanvasDocument doc;
    private CanvasView view;

    @Start
    void start(Stage stage) {
        doc = new CanvasDocument();
        doc.modules.add(StartPageViewModelTest.REGISTRY.newNode("constant", 1));
        doc.ui.put(1, new ModuleLayout(40, 40));
        doc.modules.add(StartPageViewModelTest.REGISTRY.newNode("abs", 2));
        doc.ui.put(2, new ModuleLayout(300, 60));
        BorderPane pane = new VersionPreview(StartPageViewModelTest.REGISTRY).pane("Alerts",
            new VersionInfo("id", 3, Instant.now(), VersionKind.AUTOSAVE, "added 1 module (Abs)"), doc);
        view = (CanvasView) pane.getUserData();
        stage.setScene(new Scene(pane, 800, 500));
        stage.show();
    }

    @Test
    void dragsAndDeleteKeysChangeNothing(FxRobot robot) {
        Point2D title = view.localToScreen(view.titlePosition(2));
        robot.drag(title, MouseButton.PRIMARY).moveTo(title.add(80, 40)).release(MouseButton.PRIMARY);
        robot.clickOn(title).press(KeyCode.DELETE).release(KeyCode.DELETE);

        assertThat(doc.ui.of(2).x).isEqualTo(300.0);
        assertThat(doc.modules).hasSize(2);
        assertThat(view.session().canUndo()).isFalse();
        assertThat(robot.lookup("#read-only-banner").queryAs(Label.class).getText())
            .startsWith("Alerts — version 3 of ").endsWith("(read-only): added 1 module (Abs)");
    }
}
