package dev.rivulet.app.dashboard;

import dev.rivulet.runtime.dashboard.Dashboard;
import dev.rivulet.runtime.dashboard.DashboardItem;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * A dashboard: widgets on a grid of {@code columns} equal columns and rows of {@link #ROW_HEIGHT} pixels. Drag a
 * tile's title bar to move it and its corner to resize it (both snap to the grid and are saved through the
 * {@link DashboardViewModel}); × removes it. Not editable in presentation mode ({@link #present}).
 */
public final class DashboardView extends Pane {
    public static final double ROW_HEIGHT = 64;
    static final double GAP = 8;

    private final DashboardViewModel model;
    private final WidgetSource source;
    private final WidgetOptions options;
    private final List<DashboardTile> tiles = new ArrayList<>();
    private boolean editable = true;
    private final javafx.beans.value.ChangeListener<Dashboard> dashboardListener = (obs, was, now) -> sync(now);
    private final AutoCloseable runStateListener;

    public DashboardView(DashboardViewModel model, WidgetSource source) {
        this(model, source, WidgetOptions.NONE);
    }

    /** A dashboard whose widgets are set up with their modules' options (a table's row limit, a chart's axes). */
    public DashboardView(DashboardViewModel model, WidgetSource source, WidgetOptions options) {
        this.model = model;
        this.source = source;
        this.options = options;
        getStyleClass().add("dashboard");
        setStyle("-fx-background-color: #f6f8fa;");
        runStateListener = source.onRunStateChange(() -> tiles.forEach(DashboardTile::refreshRunState));
        model.dashboardProperty().addListener(dashboardListener);
        sync(model.dashboard());
    }

    /** Detaches every widget and stops following the model and the runs; for a view that goes away. */
    public void dispose() {
        model.dashboardProperty().removeListener(dashboardListener);
        tiles.forEach(DashboardTile::detach);
        try {
            runStateListener.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reuses the tile of an unchanged widget (moving or resizing keeps its live content); rebuilds the others. */
    private void sync(Dashboard d) {
        List<DashboardItem> items = d.items();
        List<DashboardTile> next = new ArrayList<>(items.size());
        List<DashboardTile> unused = new ArrayList<>(tiles);
        for (DashboardItem item : items) {
            DashboardTile reuse = unused.stream().filter(t -> sameWidget(t.item(), item)).findFirst().orElse(null);
            if (reuse != null) {
                unused.remove(reuse);
                reuse.setItem(item);
                next.add(reuse);
            } else {
                next.add(newTile(item));
            }
        }
        unused.forEach(DashboardTile::detach);
        tiles.clear();
        tiles.addAll(next);
        getChildren().setAll(tiles);
        requestLayout();
    }

    private static boolean sameWidget(DashboardItem a, DashboardItem b) {
        return a.canvasId().equals(b.canvasId()) && a.modulePath().equals(b.modulePath())
            && a.widgetKind().equals(b.widgetKind());
    }

    private DashboardTile newTile(DashboardItem item) {
        DashboardTile tile = new DashboardTile(item, source, options.of(item.canvasId(), item.modulePath()));
        tile.setEditable(editable);
        tile.removeButton().setOnAction(e -> model.remove(tiles.indexOf(tile)));
        Drag move = new Drag();
        tile.bar().setOnMousePressed(e -> move.start(e, tile));
        tile.bar().setOnMouseDragged(e -> {
            if (editable) {
                Point2D d = move.delta(e);
                tile.setTranslateX(d.getX());
                tile.setTranslateY(d.getY());
            }
        });
        tile.bar().setOnMouseReleased(e -> {
            if (editable && move.active) {
                Point2D d = move.delta(e);
                tile.setTranslateX(0);
                tile.setTranslateY(0);
                DashboardItem it = tile.item();
                model.move(tiles.indexOf(tile), it.column() + (int) Math.round(d.getX() / columnWidth()),
                    it.row() + (int) Math.round(d.getY() / (ROW_HEIGHT + GAP)));
            }
            move.active = false;
        });
        Drag resize = new Drag();
        tile.resizeHandle().setOnMousePressed(e -> {
            resize.start(e, tile);
            e.consume();
        });
        tile.resizeHandle().setOnMouseDragged(e -> {
            Point2D d = resize.delta(e);
            tile.resize(Math.max(40, tileWidth(tile.item().width()) + d.getX()),
                Math.max(40, tileHeight(tile.item().height()) + d.getY()));
            e.consume();
        });
        tile.resizeHandle().setOnMouseReleased(e -> {
            if (resize.active) {
                Point2D d = resize.delta(e);
                DashboardItem it = tile.item();
                model.resize(tiles.indexOf(tile), it.width() + (int) Math.round(d.getX() / columnWidth()),
                    it.height() + (int) Math.round(d.getY() / (ROW_HEIGHT + GAP)));
                requestLayout();
            }
            resize.active = false;
            e.consume();
        });
        return tile;
    }

    /** Press point of a drag, in scene coordinates. */
    private final class Drag {
        private double x;
        private double y;
        private boolean active;

        void start(MouseEvent e, DashboardTile tile) {
            active = editable;
            x = e.getSceneX();
            y = e.getSceneY();
            tile.toFront();
        }

        Point2D delta(MouseEvent e) {
            return new Point2D(e.getSceneX() - x, e.getSceneY() - y);
        }
    }

    double columnWidth() {
        int columns = model.dashboard().columns();
        return Math.max(20, (getWidth() - GAP) / columns);
    }

    private double tileWidth(int cells) {
        return cells * columnWidth() - GAP;
    }

    private double tileHeight(int cells) {
        return cells * (ROW_HEIGHT + GAP) - GAP;
    }

    @Override
    protected void layoutChildren() {
        for (DashboardTile tile : tiles) {
            DashboardItem it = tile.item();
            tile.resizeRelocate(GAP + it.column() * columnWidth(), GAP + it.row() * (ROW_HEIGHT + GAP),
                tileWidth(it.width()), tileHeight(it.height()));
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        int rows = tiles.stream().mapToInt(t -> t.item().row() + t.item().height()).max().orElse(4);
        return GAP + rows * (ROW_HEIGHT + GAP);
    }

    public void setEditable(boolean on) {
        editable = on;
        tiles.forEach(t -> t.setEditable(on));
    }

    /** Opens the dashboard full screen, not editable; Escape closes it. Returns the stage. */
    public static Stage present(DashboardViewModel model, WidgetSource source, WidgetOptions options) {
        Stage stage = new Stage();
        presentIn(stage, model, source, options);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.show();
        return stage;
    }

    /** Puts the presentation (not editable, Escape closes the stage, widgets detach on close) into {@code stage}. */
    static DashboardView presentIn(Stage stage, DashboardViewModel model, WidgetSource source,
                                   WidgetOptions options) {
        DashboardView view = new DashboardView(model, source, options);
        view.setEditable(false);
        Scene scene = new Scene(view, 1280, 800);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setOnHidden(e -> view.dispose());
        stage.setTitle(model.dashboard().name());
        stage.setScene(scene);
        return view;
    }

    List<DashboardTile> tiles() {
        return List.copyOf(tiles);
    }
}
