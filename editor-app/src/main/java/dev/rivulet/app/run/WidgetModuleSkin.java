package dev.rivulet.app.run;

import dev.rivulet.app.widgets.WidgetView;
import dev.rivulet.app.widgets.WidgetViews;
import dev.rivulet.canvas.edit.ModulePorts;
import dev.rivulet.canvas.geometry.ModuleGeometry;
import dev.rivulet.canvas.skin.CanvasTheme;
import dev.rivulet.canvas.skin.DefaultModuleSkin;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.OptionNode;
import dev.rivulet.runtime.live.UiUpdateHub;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * A module that shows its widget (chart, table, label, gauge, button, switcher, text field) in its body, under the
 * ports, as Streamr's editor did. The widget node is made only when the canvas first runs while the module has a skin
 * (skins exist only for modules in view), so a canvas of thousands of modules builds no widget it does not show; until
 * then the body holds a light placeholder. While the skin is on screen and its canvas runs, the widget is attached to
 * the run's hub (and detached when it scrolls out, getting the recent history again when it comes back). A handle at
 * the bottom-right corner resizes the module: one undoable step, stored in the layout.
 */
final class WidgetModuleSkin extends DefaultModuleSkin {
    private static final double INSET = 6;
    private static final double HANDLE = 12;
    private static final double BODY_PADDING = 2;

    private final String kind;
    private final WidgetHost host;
    private final StackPane body = new StackPane();
    private final Label placeholder = new Label();
    private final Polygon handle = new Polygon();
    private final Rectangle resizeOutline = new Rectangle();
    private ModuleNode module;
    private WidgetView widget;
    private AutoCloseable attached;
    private UiUpdateHub attachedHub;
    /** The run whose values the widget shows. */
    private long shownRun = -1;
    private Point2D pressAt;
    private boolean laidOut;
    /** Kept here because the host holds run listeners weakly. */
    private final Runnable runListener = this::runChanged;

    WidgetModuleSkin(CanvasTheme theme, String kind, WidgetHost host) {
        super(theme);
        this.kind = kind;
        this.host = host;
        body.getStyleClass().add("module-widget-body");
        // opaque and square (it sits inside the module's rounded box): a live widget redraws every frame, and an
        // opaque region covering what changed lets the renderer start there instead of repainting the canvas,
        // wires and the module's box beneath it each frame
        body.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(theme.body(),
            javafx.scene.layout.CornerRadii.EMPTY, javafx.geometry.Insets.EMPTY)));
        // the widget stays a little inside it: a changed area touching the body's edge, rounded out to whole pixels,
        // would no longer lie within the opaque region
        body.setPadding(new javafx.geometry.Insets(BODY_PADDING));
        placeholder.getStyleClass().add("text-muted");
        placeholder.setStyle("-fx-font-size: 11px; -fx-text-fill: #8a94a1;");
        placeholder.setWrapText(true);
        body.getChildren().add(placeholder);
        handle.getPoints().addAll(HANDLE, 0.0, HANDLE, HANDLE, 0.0, HANDLE);
        handle.setFill(Color.web("#8a94a1"));
        handle.getStyleClass().add("module-resize-handle");
        handle.setCursor(javafx.scene.Cursor.SE_RESIZE);
        resizeOutline.setFill(null);
        resizeOutline.setStroke(theme.selection());
        resizeOutline.getStrokeDashArray().addAll(4.0, 4.0);
        resizeOutline.setVisible(false);
        resizeOutline.setMouseTransparent(true);
        installResize();
        host.addRunListener(runListener);
        // a live widget changes every frame: a cached bitmap of the module would be redrawn as often and costs more
        node().cacheProperty().addListener((o, was, on) -> {
            if (on && widget != null) {
                node().setCache(false);
            }
        });
        node().sceneProperty().addListener((o, was, now) -> reattach());
    }

    @Override
    public void update(ModuleNode m, ModuleGeometry g, ModulePorts ports) {
        module = m;
        super.update(m, g, ports);
        double w = Math.max(20, g.width() - 2 * INSET);
        double h = Math.max(16, g.height() - g.bodyTop() - INSET);
        body.resizeRelocate(INSET, g.bodyTop(), w, h);
        handle.relocate(g.width() - HANDLE - 2, g.height() - HANDLE - 2);
        placeholder.setText(idleText());
        placeholder.setMaxWidth(w - 8);
        Group root = (Group) node();
        root.getChildren().addAll(body, handle, resizeOutline);
        if (widget != null) {
            widget.node().resize(w - 2 * BODY_PADDING, h - 2 * BODY_PADDING);
        }
        reattach();
    }

    /** The widget view, once the canvas has run (for tests). */
    WidgetView widget() {
        return widget;
    }

    /** The body's content: the placeholder or the widget's node. */
    Node bodyNode() {
        return body;
    }

    Node resizeHandle() {
        return handle;
    }

    private String idleText() {
        String name = switch (kind) {
            case "text-field" -> "Text field";
            default -> Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        };
        return name + ": shows live data when the canvas runs";
    }

    private void runChanged() {
        if (host.hub() != null && widget != null && host.runNumber() != shownRun) {
            // a new run: forget the last one's values and attach afresh (the hub resends the new run's latest)
            widget.clear();
            detach();
            attachedHub = null;
        }
        reattach();
    }

    /** Attached while on screen and the canvas runs or has run (the last run's values stay until the next run). */
    private void reattach() {
        UiUpdateHub hub = host.hub();
        boolean want = hub != null && module != null && node().getScene() != null;
        if (want && attached != null && attachedHub == hub) {
            return;
        }
        detach();
        if (!want) {
            return;
        }
        if (widget == null) {
            widget = WidgetViews.create(kind, host.widgetOptions(options(module)),
                    event -> host.sendUiEvent(module.hash, event))
                .orElse(null);
            if (widget == null) {
                return;
            }
            widget.node().setManaged(true);
            body.getChildren().setAll(widget.node());
            node().setCache(false);
            // attached after the widget's first layout: a ChartFX chart given its series before it was ever laid out
            // never finds its axis ranges (seen with ChartFX 11.3)
            laidOut = false;
            javafx.beans.value.ChangeListener<Number> once = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                    if (b.doubleValue() > 0) {
                        o.removeListener(this);
                        javafx.application.Platform.runLater(() -> {
                            laidOut = true;
                            reattach();
                        });
                    }
                }
            };
            widget.node().widthProperty().addListener(once);
            return;
        } else if (!laidOut) {
            return;
        } else if (attachedHub != hub || shownRun != host.runNumber()) {
            widget.clear();
        }
        attachedHub = hub;
        shownRun = host.runNumber();
        attached = hub.attach(Integer.toString(module.hash), widget::apply);
    }

    private void detach() {
        if (attached != null) {
            try {
                attached.close();
            } catch (Exception e) {
                // detaching only removes a listener from a list
            }
            attached = null;
        }
    }

    private static Map<String, Object> options(ModuleNode m) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (Map.Entry<String, OptionNode> e : m.options.entrySet()) {
            o.put(e.getKey(), e.getValue().value);
        }
        return o;
    }

    private void installResize() {
        handle.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressAt = node().sceneToLocal(e.getSceneX(), e.getSceneY());
            e.consume();
        });
        handle.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            ModuleGeometry g = geometry();
            if (pressAt == null || g == null) {
                return;
            }
            Point2D p = node().sceneToLocal(e.getSceneX(), e.getSceneY());
            resizeOutline.setWidth(Math.max(ModuleGeometry.MIN_WIDTH, g.width() + p.getX() - pressAt.getX()));
            resizeOutline.setHeight(Math.max(g.bodyTop() + 30, g.height() + p.getY() - pressAt.getY()));
            resizeOutline.setVisible(true);
            e.consume();
        });
        handle.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            ModuleGeometry g = geometry();
            if (pressAt != null && g != null && module != null) {
                Point2D p = node().sceneToLocal(e.getSceneX(), e.getSceneY());
                double w = Math.round(Math.max(ModuleGeometry.MIN_WIDTH, g.width() + p.getX() - pressAt.getX()));
                double h = Math.round(Math.max(g.bodyTop() + 30, g.height() + p.getY() - pressAt.getY()));
                resizeOutline.setVisible(false);
                pressAt = null;
                if (w != g.width() || h != g.height()) {
                    host.resize(module.hash, w, h);
                }
            }
            e.consume();
        });
        handle.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
    }
}
