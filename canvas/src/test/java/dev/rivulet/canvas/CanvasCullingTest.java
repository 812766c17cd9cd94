package dev.rivulet.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.bench.SyntheticCanvas;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.geometry.DetailLevel;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.canvas.skin.ModuleSkins;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A 400-module canvas: only modules in view have nodes, detail drops when zoomed out, panning only moves pixels. */
@ExtendWith(ApplicationExtension.class)
class CanvasCullingTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    private CanvasView view;
    private CanvasDocument doc;

    @Start
    void start(Stage stage) {
        doc = SyntheticCanvas.generate(REGISTRY, 400, 600, 3);
        view = new CanvasView(new EditSession(doc, REGISTRY), ModuleSkins.standard(CanvasTheme.LIGHT));
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        view.dispose();
    }

    @Test
    void onlyModulesInViewAreInTheSceneGraph() {
        assertThat(view.shownModuleCount()).isBetween(1, 40);
        assertThat(view.lookupAll(".module")).hasSize(view.shownModuleCount());
        assertThat(view.detail()).isEqualTo(DetailLevel.FULL);
    }

    @Test
    void zoomingOutLowersDetailUntilModulesArePaintedInsteadOfNodes(FxRobot robot) {
        robot.moveTo(view.localToScreen(new Point2D(400, 300)));
        robot.scroll(6, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> view.setViewport(0.45, 0, 0));
        assertThat(view.detail()).isEqualTo(DetailLevel.COMPACT);
        assertThat(view.shownModuleCount()).isGreaterThan(40);

        onFx(() -> view.setViewport(0.1, 0, 0));
        assertThat(view.detail()).isEqualTo(DetailLevel.OVERVIEW);
        assertThat(view.shownModuleCount()).isZero();
        assertThat(view.lookupAll(".module")).isEmpty();
    }

    @Test
    void panningShowsOtherModulesAndOnlyMovesThePaintedWiresWhenShort(FxRobot robot) {
        List<Integer> before = List.copyOf(onScreenHashes());
        int paints = view.wireLayerPaints();
        Point2D start = view.localToScreen(new Point2D(790, 590));
        robot.drag(start, MouseButton.SECONDARY).moveTo(start.add(-20, -20)).moveTo(start.add(-40, -50))
            .release(MouseButton.SECONDARY);
        assertThat(view.wireLayerPaints()).isEqualTo(paints);

        onFx(() -> view.panBy(0, -3000));
        assertThat(onScreenHashes()).isNotEmpty().doesNotContainAnyElementsOf(before);
        assertThat(view.wireLayerPaints()).isGreaterThan(paints);
    }

    private List<Integer> onScreenHashes() {
        return doc.modules.stream().map(m -> m.hash).filter(h -> view.skinOf(h) != null
            && view.skinOf(h).node().getParent() != null).toList();
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
