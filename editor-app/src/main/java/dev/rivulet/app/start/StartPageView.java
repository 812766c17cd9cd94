package dev.rivulet.app.start;

import dev.rivulet.runtime.workspace.CanvasSort;
import dev.rivulet.runtime.workspace.CanvasSummary;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The start page: recent canvases on the left, all canvases in a table (search, sort by name or last change) with
 * open, rename, duplicate and delete (confirmed in an inline bar, no modal dialog), new canvas and import at the top,
 * and the selected canvas's version history on the right. All state lives in the view models; the page is one
 * self-contained pane the main window can show.
 *
 * <p>Usage: {@code BorderPane page = new StartPageView(startVm, historyVm, FileDialogs.nativeChoosers()).root();}
 */
public final class StartPageView {
    private final StartPageViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<CanvasSummary> table = new TableView<>();
    private final HBox inline = new HBox(8);
    private final VBox recentBox = new VBox(4);
    private final FileDialogs dialogs;

    /**
     * @param dialogs asks the user for files to import and export (file choosers in the app, fixed paths in tests)
     */
    public StartPageView(StartPageViewModel vm, HistoryViewModel history, FileDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        root.setId("start-page");
        root.setPadding(new Insets(20, 24, 16, 24));
        root.setStyle("-fx-background-color: #f7f8fa;");
        root.setTop(header());
        root.setLeft(recent());
        root.setCenter(centre());
        root.setRight(new HistoryView(history).root());
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                table.getSelectionModel().clearSelection();
                history.show(null, null);
            } else {
                table.getSelectionModel().select(b);
                history.show(b.id(), b.name());
            }
            inline.getChildren().clear();
        });
        vm.refresh();
    }

    public BorderPane root() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private VBox header() {
        Label title = new Label("Canvases");
        title.setId("start-title");
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        Button create = button("new-canvas", "New canvas", () -> vm.newCanvas());
        create.setDefaultButton(false);
        create.setStyle("-fx-base: #2f6fde; -fx-text-fill: white;");
        Button importButton = button("import-canvas", "Import…",
            () -> dialogs.chooseImport(window()).ifPresent(vm::importFile));
        TextField search = new TextField();
        search.setId("canvas-search");
        search.setPromptText("Search canvases");
        search.setPrefWidth(240);
        search.textProperty().bindBidirectional(vm.searchProperty());
        ToggleGroup sort = new ToggleGroup();
        ToggleButton byName = sortButton("sort-name", "Name", CanvasSort.NAME, sort);
        ToggleButton byUpdated = sortButton("sort-updated", "Last changed", CanvasSort.UPDATED, sort);
        sort.selectToggle(vm.sortProperty().get() == CanvasSort.NAME ? byName : byUpdated);
        sort.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                sort.selectToggle(a); // one order is always chosen
            } else {
                vm.sortProperty().set((CanvasSort) b.getUserData());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, create, importButton, spacer, search, new Label("Sort:"), byName, byUpdated);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(12, title, tools);
        box.setPadding(new Insets(0, 0, 14, 0));
        return box;
    }

    private static ToggleButton sortButton(String id, String text, CanvasSort order, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(order);
        b.setToggleGroup(group);
        return b;
    }

    private VBox recent() {
        Label title = new Label("Open recent");
        title.setStyle("-fx-font-weight: bold;");
        recentBox.setId("recent-box");
        VBox box = new VBox(8, title, recentBox);
        box.setPrefWidth(190);
        box.setPadding(new Insets(0, 16, 0, 0));
        vm.recent().addListener((ListChangeListener<CanvasSummary>) c -> fillRecent());
        fillRecent();
        return box;
    }

    private void fillRecent() {
        recentBox.getChildren().clear();
        if (vm.recent().isEmpty()) {
            Label none = new Label("Nothing opened yet");
            none.setStyle("-fx-text-fill: #888;");
            recentBox.getChildren().add(none);
        }
        for (int i = 0; i < vm.recent().size(); i++) {
            CanvasSummary c = vm.recent().get(i);
            Hyperlink link = new Hyperlink(c.name());
            link.setId("recent-" + i);
            link.setOnAction(e -> vm.open(c));
            recentBox.getChildren().add(link);
        }
    }

    private VBox centre() {
        table.setId("canvas-table");
        table.setItems(vm.canvases());
        table.setPlaceholder(new Label("No canvases yet: create one or import a file."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CanvasSummary, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(260);
        TableColumn<CanvasSummary, Integer> modules = new TableColumn<>("Modules");
        modules.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().modules()));
        modules.setPrefWidth(80);
        TableColumn<CanvasSummary, String> updated = new TableColumn<>("Last changed");
        updated.setCellValueFactory(c -> new ReadOnlyStringWrapper(Times.format(c.getValue().updated())));
        table.getColumns().add(name);
        table.getColumns().add(modules);
        table.getColumns().add(updated);
        table.setSortPolicy(t -> false); // the view model orders the rows
        table.setRowFactory(t -> {
            TableRow<CanvasSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button open = button("open-canvas", "Open", () -> vm.open(vm.selectedProperty().get()));
        Button rename = button("rename-canvas", "Rename…", this::askRename);
        Button duplicate = button("duplicate-canvas", "Duplicate", () -> vm.duplicate(vm.selectedProperty().get()));
        Button delete = button("delete-canvas", "Delete…", this::askDelete);
        Button export = button("export-canvas", "Export…", () -> {
            CanvasSummary c = vm.selectedProperty().get();
            dialogs.chooseExport(window(), c.name()).ifPresent(file -> vm.export(c, file));
        });
        for (Button b : new Button[] {open, rename, duplicate, delete, export}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        HBox actions = new HBox(8, open, rename, duplicate, delete, export);
        inline.setId("inline-bar");
        inline.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("start-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        return new VBox(8, table, actions, inline, message);
    }

    private void askRename() {
        CanvasSummary c = vm.selectedProperty().get();
        TextField field = new TextField(c.name());
        field.setId("rename-field");
        field.setPrefWidth(260);
        Button ok = button("rename-ok", "Rename", () -> {
            vm.rename(c, field.getText());
            inline.getChildren().clear();
        });
        field.setOnAction(e -> ok.fire());
        inline.getChildren().setAll(new Label("New name:"), field, ok, cancel());
        field.requestFocus();
        field.selectAll();
    }

    private void askDelete() {
        CanvasSummary c = vm.selectedProperty().get();
        Label question = new Label("Delete \"" + c.name() + "\" and all its versions? This cannot be undone.");
        question.setStyle("-fx-text-fill: #b3261e;");
        Button confirm = button("confirm-delete", "Delete", () -> {
            vm.delete(c);
            inline.getChildren().clear();
        });
        confirm.setStyle("-fx-base: #d93025; -fx-text-fill: white;");
        inline.getChildren().setAll(question, confirm, cancel());
    }

    private Button cancel() {
        return button("cancel-inline", "Cancel", () -> inline.getChildren().clear());
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
