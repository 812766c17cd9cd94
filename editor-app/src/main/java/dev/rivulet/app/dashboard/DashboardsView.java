package dev.rivulet.app.dashboard;

import dev.rivulet.runtime.dashboard.Dashboard;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Dashboards window: the dashboards of the workspace on the left (new, rename, delete), the selected one in the
 * middle (drag to place, corner to resize), the widget picker on the right ("Add widget"), and "Present" for the
 * full-screen presentation. Call {@link #dispose()} when the window goes away.
 *
 * <p>Usage: {@code new DashboardsView(vm, catalog, widgetSource, executor, m -> DashboardView.present(m, src, catalog))}
 */
public final class DashboardsView extends BorderPane {
    private final DashboardsViewModel model;
    private final WidgetCatalog catalog;
    private final WidgetSource source;
    private final ListView<Dashboard> list = new ListView<>();
    private final TextField name = new TextField();
    private final Label heading = new Label();
    private final ScrollPane center = new ScrollPane();
    private final WidgetPicker picker;
    private final AutoCloseable runState;
    private DashboardView shown;
    private boolean syncing;

    public DashboardsView(DashboardsViewModel model, WidgetCatalog catalog, WidgetSource source, Executor background,
                          Consumer<DashboardViewModel> presenter) {
        this.model = model;
        this.catalog = catalog;
        this.source = source;
        getStyleClass().add("dashboards-pane");
        picker = new WidgetPicker(catalog, source, background, item -> model.current().ifPresent(m -> m.add(item)));
        picker.setVisible(false);
        picker.setManaged(false);

        list.setId("dashboards-list");
        list.setItems(model.dashboards());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Dashboard d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.name() + "  ·  " + d.items().size()
                    + (d.items().size() == 1 ? " widget" : " widgets"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !syncing) {
                model.select(now.id());
            }
        });
        TextField newName = new TextField();
        newName.setId("new-dashboard-name");
        newName.setPromptText("Name of a new dashboard");
        Button create = button("new-dashboard", "New dashboard", () -> {
            model.create(newName.getText());
            newName.clear();
        });
        newName.setOnAction(e -> create.fire());
        name.setId("dashboard-name");
        Button rename = button("rename-dashboard", "Rename", () -> model.rename(name.getText()));
        name.setOnAction(e -> rename.fire());
        Button delete = new Button("Delete");
        delete.setId("delete-dashboard");
        // deleting asks once, in place: the first click arms the button, the second deletes
        delete.setOnAction(e -> {
            if ("Delete".equals(delete.getText())) {
                delete.setText("Really delete?");
            } else {
                delete.setText("Delete");
                model.delete();
            }
        });
        Label problem = new Label();
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #cf222e;");
        problem.textProperty().bind(model.problemProperty());
        VBox left = new VBox(6, new Label("Dashboards"), list, newName, create, new Label("Selected"), name,
            new HBox(6, rename, delete), problem);
        left.setPadding(new Insets(8));
        left.setPrefWidth(240);
        VBox.setVgrow(list, Priority.ALWAYS);

        ToggleButton addWidget = new ToggleButton("Add widget");
        addWidget.setId("add-widget");
        addWidget.selectedProperty().addListener((o, was, on) -> {
            picker.setVisible(on);
            picker.setManaged(on);
            if (on) {
                picker.reload();
            }
        });
        Button present = button("present-dashboard", "Present", () -> model.current().ifPresent(presenter));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        heading.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        HBox bar = new HBox(8, heading, spacer, addWidget, present);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        addWidget.disableProperty().bind(model.currentProperty().isNull());
        present.disableProperty().bind(model.currentProperty().isNull());

        center.setFitToWidth(true);
        center.setId("dashboard-scroll");
        BorderPane middle = new BorderPane(center);
        middle.setTop(bar);
        setLeft(left);
        setCenter(middle);
        setRight(picker);
        model.currentProperty().addListener((o, was, now) -> show(now));
        model.dashboards().addListener((javafx.collections.ListChangeListener<Dashboard>) c -> selectInList());
        runState = source.onRunStateChange(picker::refreshRunState);
        show(model.current().orElse(null));
        if (model.current().isEmpty() && !model.dashboards().isEmpty()) {
            model.select(model.dashboards().get(0).id());
        }
    }

    private void show(DashboardViewModel m) {
        if (shown != null) {
            shown.dispose();
            shown = null;
        }
        if (m == null) {
            heading.setText("");
            name.clear();
            Label empty = new Label("No dashboard yet: name one and press \"New dashboard\".");
            empty.setPadding(new Insets(24));
            center.setContent(empty);
            return;
        }
        shown = new DashboardView(m, source, catalog);
        shown.setId("dashboard-view");
        center.setContent(shown);
        heading.textProperty().unbind();
        heading.setText(m.dashboard().name());
        name.setText(m.dashboard().name());
        m.dashboardProperty().addListener((o, was, now) -> {
            if (m == model.current().orElse(null)) {
                heading.setText(now.name());
            }
        });
        selectInList();
    }

    private void selectInList() {
        syncing = true;
        try {
            String id = model.current().map(c -> c.dashboard().id()).orElse(null);
            model.dashboards().stream().filter(d -> d.id().equals(id)).findFirst()
                .ifPresentOrElse(d -> list.getSelectionModel().select(d), () -> list.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
    }

    /**
     * While the window is hidden its widgets are detached (no work for nobody to see); shown again, they attach and
     * get the recent history at once.
     */
    public void setActive(boolean active) {
        if (!active && shown != null) {
            shown.dispose();
            shown = null;
            center.setContent(null);
        } else if (active && shown == null) {
            show(model.current().orElse(null));
        }
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The dashboard shown, or null. */
    public DashboardView shown() {
        return shown;
    }

    WidgetPicker picker() {
        return picker;
    }

    /** Detaches the widgets shown; call when the window closes. */
    public void dispose() {
        if (shown != null) {
            shown.dispose();
        }
        try {
            runState.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
