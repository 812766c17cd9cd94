package dev.rivulet.app.dashboard;

import dev.rivulet.runtime.dashboard.DashboardItem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The side panel that adds widgets to a dashboard: the widget modules of every canvas of the workspace (running ones
 * marked), a title (the module's name unless changed), and "Add to dashboard". The list is read off the FX thread.
 */
final class WidgetPicker extends VBox {
    private final ListView<WidgetChoice> list = new ListView<>();
    private final TextField title = new TextField();
    private final Button add = new Button("Add to dashboard");
    private final Label status = new Label("Reading canvases…");
    private final WidgetCatalog catalog;
    private final WidgetSource source;
    private final Executor background;

    WidgetPicker(WidgetCatalog catalog, WidgetSource source, Executor background, Consumer<DashboardItem> onAdd) {
        super(6);
        this.catalog = catalog;
        this.source = source;
        this.background = background;
        setId("widget-picker");
        setPadding(new Insets(8));
        setPrefWidth(300);
        list.setId("widget-choices");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(WidgetChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.moduleName() + " (" + c.widgetKind() + ")\n" + c.canvasName()
                    + (source.isRunning(c.canvasId()) ? "  ·  ● running" : "  ·  stopped"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                title.setText(now.moduleName());
            }
        });
        title.setId("widget-title");
        title.setPromptText("Title on the dashboard");
        add.setId("add-to-dashboard");
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> {
            WidgetChoice c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                int[] size = defaultSize(c.widgetKind());
                onAdd.accept(new DashboardItem(c.canvasId(), c.modulePath(), c.widgetKind(),
                    title.getText().isBlank() ? c.moduleName() : title.getText().strip(), 0, 0, size[0], size[1]));
            }
        });
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> reload());
        status.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(new Label("Widgets of your canvases"), list, new Label("Title"), title, add, refresh,
            status);
    }

    /** Reads the canvases again (a canvas saved since, a widget added). */
    void reload() {
        status.setText("Reading canvases…");
        CompletableFuture.supplyAsync(catalog::choices, background).whenComplete((choices, failure) ->
            Platform.runLater(() -> show(choices, failure)));
    }

    private void show(List<WidgetChoice> choices, Throwable failure) {
        if (failure != null) {
            status.setText("The canvases could not be read: " + failure.getMessage());
            return;
        }
        list.getItems().setAll(choices);
        status.setText(choices.isEmpty() ? "No canvas has widget modules (Chart, Table, Label…) yet."
            : choices.size() + (choices.size() == 1 ? " widget" : " widgets") + " in your canvases");
    }

    /** Redraws the running marks. */
    void refreshRunState() {
        list.refresh();
    }

    ListView<WidgetChoice> list() {
        return list;
    }

    /** Grid cells (columns × rows) a new widget of the kind takes. */
    static int[] defaultSize(String kind) {
        return switch (kind) {
            case "chart", "map", "heatmap", "image-map" -> new int[] {6, 5};
            case "table" -> new int[] {4, 4};
            case "gauge" -> new int[] {3, 3};
            case "label" -> new int[] {3, 2};
            default -> new int[] {3, 1};
        };
    }
}
