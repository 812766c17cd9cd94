package dev.rivulet.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.canvas.skin.ModuleSkins;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The minimap draws its module boxes only when the document changed or the view left what it drew. */
@ExtendWith(ApplicationExtension.class)
class MinimapTest {
    private EditSession session;
    private CanvasView view;
    private Minimap minimap;

    @Start
    void start(Stage stage) {
        session = new EditSession(new CanvasDocument(), ModuleRegistry.load());
        for (int i = 0; i < 30; i++) {
            session.addModule("abs", (i % 6) * 300, (i / 6) * 200);
        }
        view = new CanvasView(session, ModuleSkins.standard(CanvasTheme.LIGHT));
        minimap = new Minimap(view, WorkspaceTheme.LIGHT);
        stage.setScene(new Scene(new StackPane(view, minimap.node()), 900, 600));
        stage.show();
    }

    @Test
    void panningInsideTheDrawnAreaMovesOnlyTheFrameAndAnEditRedraws(FxRobot robot) {
        robot.interact(() -> view.layout());
        int before = minimap.draws();

        for (int i = 0; i < 10; i++) {
            robot.interact(() -> {
                view.panBy(-15, -10);
                view.layout();
            });
        }
        assertThat(minimap.draws()).isEqualTo(before);

        robot.interact(() -> {
            session.addModule("abs", 100, 100);
            view.layout();
        });
        assertThat(minimap.draws()).isEqualTo(before + 1);
    }
}
