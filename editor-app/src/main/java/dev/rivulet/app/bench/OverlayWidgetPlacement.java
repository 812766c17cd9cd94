package dev.rivulet.app.bench;

import dev.rivulet.app.widgets.WidgetView;
import dev.rivulet.canvas.CanvasView;
import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.canvas.geometry.Rect;
import dev.rivulet.canvas.geometry.Viewport;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.canvas.skin.ModuleSkins;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Widget views laid over a {@link CanvasView}: each view sits right under its module's box, at a fixed size in canvas
 * units, and follows the viewport (pan, zoom) like the module does. A stand-in until widgets render inside their
 * modules' skins.
 */
final class OverlayWidgetPlacement implements WidgetPlacement {
    private final double widgetWidth;
    private final double widgetHeight;
    private CanvasView canvas;

    /** @param widgetWidth, widgetHeight size of every widget in canvas units */
    OverlayWidgetPlacement(double widgetWidth, double widgetHeight) {
        this.widgetWidth = widgetWidth;
        this.widgetHeight = widgetHeight;
    }

    @Override
    public Region show(EditSession session, Map<Integer, WidgetView> widgets) {
        canvas = new CanvasView(session, ModuleSkins.standard(CanvasTheme.LIGHT));
        Map<Integer, Region> nodes = new LinkedHashMap<>();
        widgets.forEach((hash, view) -> nodes.put(hash, view.node()));
        CanvasView view = canvas;
        Pane root = new Pane() {
            @Override
            protected void layoutChildren() {
                view.resizeRelocate(0, 0, getWidth(), getHeight());
                Viewport vp = view.viewport();
                nodes.forEach((hash, node) -> {
                    Rect box = view.moduleBounds(hash);
                    if (box != null) {
                        double s = vp.scale();
                        node.resizeRelocate(vp.toScreenX(box.x()), vp.toScreenY(box.maxY() + 6),
                            widgetWidth * s, widgetHeight * s);
                    }
                });
            }
        };
        root.getChildren().add(canvas);
        nodes.values().forEach(n -> {
            n.setStyle("-fx-background-color: white; -fx-border-color: #8c959f;");
            root.getChildren().add(n);
        });
        return root;
    }

    @Override
    public void dispose() {
        if (canvas != null) {
            canvas.dispose();
        }
    }
}
