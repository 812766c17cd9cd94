package dev.rivulet.app.bench;

import dev.rivulet.app.widgets.WidgetView;
import dev.rivulet.canvas.edit.EditSession;
import java.util.Map;
import javafx.scene.layout.Region;

/**
 * How the live benchmark puts widget views on a visible canvas. Today {@link OverlayWidgetPlacement} lays them over
 * a {@code CanvasView} at their modules' places; once widgets render inside their modules (skins registered through
 * the canvas's {@code ModuleSkins}), an implementation that registers those skins replaces it and nothing else in
 * the benchmark changes.
 *
 * <p>Usage: {@code Region root = placement.show(session, Map.of(chartHash, chartView)); new Scene(root, 1600, 900);}
 */
interface WidgetPlacement {
    /** The scene root: the canvas of {@code session} showing each module's widget view (module hash → view). */
    Region show(EditSession session, Map<Integer, WidgetView> widgets);

    /** Releases the canvas view. */
    void dispose();
}
