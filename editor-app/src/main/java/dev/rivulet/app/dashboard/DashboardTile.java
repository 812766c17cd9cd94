package dev.rivulet.app.dashboard;

import dev.rivulet.app.widgets.WidgetView;
import dev.rivulet.app.widgets.WidgetViews;
import dev.rivulet.runtime.dashboard.DashboardItem;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * One widget on a dashboard: a title bar (drag to move, × to remove), the live widget, a "waiting for canvas" notice
 * while its canvas is stopped, and a corner handle to resize.
 */
final class DashboardTile extends BorderPane {
    private final Label title = new Label();
    private final Label waiting = new Label("Waiting for canvas");
    private final StackPane body = new StackPane();
    private final HBox bar;
    private final Button remove = new Button("×");
    private final Region handle = new Region();
    private final Optional<WidgetView> view;
    private final WidgetSource source;
    private DashboardItem item;
    private AutoCloseable attachment;

    DashboardTile(DashboardItem item, WidgetSource source, Map<String, Object> options) {
        this.item = item;
        this.source = source;
        this.view = WidgetViews.create(item.widgetKind(), options,
            source.events(item.canvasId(), item.modulePath()));
        getStyleClass().add("dashboard-tile");
        setStyle("-fx-background-color: white; -fx-border-color: #d0d7de; -fx-border-radius: 6;"
            + " -fx-background-radius: 6;");
        title.setText(item.title());
        title.setStyle("-fx-font-weight: bold;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        remove.getStyleClass().add("dashboard-tile-remove");
        remove.setFocusTraversable(false);
        bar = new HBox(6, title, spacer, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 8));
        bar.setCursor(Cursor.MOVE);
        bar.getStyleClass().add("dashboard-tile-bar");
        setTop(bar);
        waiting.getStyleClass().add("dashboard-tile-waiting");
        waiting.setStyle("-fx-text-fill: #57606a;");
        if (view.isEmpty()) {
            waiting.setText("No live view for \"" + item.widgetKind() + "\" widgets yet");
        }
        view.ifPresent(v -> body.getChildren().add(v.node()));
        body.getChildren().add(waiting);
        handle.setPrefSize(14, 14);
        handle.setMaxSize(14, 14);
        handle.setCursor(Cursor.SE_RESIZE);
        handle.getStyleClass().add("dashboard-tile-resize");
        handle.setStyle("-fx-background-color: linear-gradient(to bottom right, transparent 50%, #8c959f 50%);");
        StackPane.setAlignment(handle, Pos.BOTTOM_RIGHT);
        body.getChildren().add(handle);
        body.setPadding(new Insets(4));
        setCenter(body);
        refreshRunState();
    }

    DashboardItem item() {
        return item;
    }

    void setItem(DashboardItem next) {
        item = next;
        title.setText(next.title());
    }

    /** Shows the widget and attaches it while the canvas runs; shows the notice otherwise. */
    void refreshRunState() {
        boolean running = source.isRunning(item.canvasId());
        if (running && attachment == null && view.isPresent()) {
            view.get().clear();
            attachment = source.attach(item.canvasId(), item.modulePath(), view.get()::apply);
        } else if (!running) {
            detach();
        }
        waiting.setVisible(!running || view.isEmpty());
        view.ifPresent(v -> v.node().setVisible(running));
    }

    void detach() {
        if (attachment != null) {
            try {
                attachment.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            attachment = null;
        }
    }

    void setEditable(boolean editable) {
        remove.setVisible(editable);
        handle.setVisible(editable);
        bar.setCursor(editable ? Cursor.MOVE : Cursor.DEFAULT);
    }

    HBox bar() {
        return bar;
    }

    Button removeButton() {
        return remove;
    }

    Region resizeHandle() {
        return handle;
    }

    boolean waitingShown() {
        return waiting.isVisible();
    }

    Optional<WidgetView> view() {
        return view;
    }
}
