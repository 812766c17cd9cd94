package dev.rivulet.app.workspace;

import dev.rivulet.core.ModuleDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The module browser on the left: a search field, the category tree (replaced by ranked results while searching),
 * and the streams section. Rows can be dragged onto the canvas ({@link ModuleDrag}); a double click or Enter adds the
 * module in the middle of the view.
 *
 * <p>Usage: {@code new ModuleBrowserView(vm, drag, type -> addAtCenter(type)).node()}.
 */
final class ModuleBrowserView {
    private final ModuleBrowserViewModel vm;
    private final ModuleDrag drag;
    private final Consumer<ModuleDefinition> add;
    private final VBox root = new VBox(6);
    private final TextField search = new TextField();
    private final TreeView<Object> tree = new TreeView<>();
    private final ListView<ModuleDefinition> results = new ListView<>();

    ModuleBrowserView(ModuleBrowserViewModel vm, ModuleDrag drag, Consumer<ModuleDefinition> add) {
        this.vm = vm;
        this.drag = drag;
        this.add = add;
        root.setId("module-browser");
        root.setPadding(new Insets(8));
        root.setMinWidth(180);
        root.setPrefWidth(250);
        Label title = new Label("Modules");
        title.getStyleClass().add("title-4");
        search.setId("module-search");
        search.setPromptText("Search name, alias, help…");
        search.textProperty().bindBidirectional(vm.query());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !results.getItems().isEmpty()) {
                add.accept(results.getSelectionModel().getSelectedItem() != null
                    ? results.getSelectionModel().getSelectedItem() : results.getItems().get(0));
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        tree.setId("module-tree");
        tree.setShowRoot(false);
        tree.setRoot(buildTree());
        tree.setCellFactory(t -> treeCell());
        results.setId("module-results");
        results.setCellFactory(l -> resultCell());
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                add.accept(results.getSelectionModel().getSelectedItem());
            }
        });
        vm.results().addListener((o, a, b) -> results.getItems().setAll(b));
        results.visibleProperty().bind(vm.query().isNotEmpty());
        tree.visibleProperty().bind(vm.query().isEmpty());
        StackPane lists = new StackPane(tree, results);
        VBox.setVgrow(lists, Priority.ALWAYS);
        root.getChildren().addAll(title, search, lists, streams());
    }

    VBox node() {
        return root;
    }

    TextField searchField() {
        return search;
    }

    private TreeItem<Object> buildTree() {
        TreeItem<Object> top = new TreeItem<>("Modules");
        Map<String, TreeItem<Object>> folders = new HashMap<>();
        vm.categories().forEach((category, types) -> {
            TreeItem<Object> parent = top;
            StringBuilder path = new StringBuilder();
            for (String part : category.split("/")) {
                path.append('/').append(part);
                TreeItem<Object> p = parent;
                parent = folders.computeIfAbsent(path.toString(), k -> {
                    TreeItem<Object> f = new TreeItem<>(part);
                    p.getChildren().add(f);
                    return f;
                });
            }
            for (ModuleDefinition d : types) {
                parent.getChildren().add(new TreeItem<>(d));
            }
        });
        return top;
    }

    private TreeCell<Object> treeCell() {
        TreeCell<Object> cell = new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(null);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else if (item instanceof ModuleDefinition d) {
                    setText(d.name());
                    setGraphic(new FontIcon(MaterialDesignC.CUBE_OUTLINE));
                    setTooltip(help(d));
                } else {
                    setText(item.toString());
                    setGraphic(new FontIcon(MaterialDesignF.FOLDER_OUTLINE));
                }
            }
        };
        cell.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                && cell.getItem() instanceof ModuleDefinition d) {
                add.accept(d);
            }
        });
        drag.install(cell, () -> cell.getItem() instanceof ModuleDefinition d ? d : null);
        return cell;
    }

    private ListCell<ModuleDefinition> resultCell() {
        ListCell<ModuleDefinition> cell = new ListCell<>() {
            @Override
            protected void updateItem(ModuleDefinition d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.name() + "   ·  " + d.category());
                setTooltip(empty || d == null ? null : help(d));
            }
        };
        cell.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && cell.getItem() != null) {
                add.accept(cell.getItem());
            }
        });
        drag.install(cell, cell::getItem);
        return cell;
    }

    private static Tooltip help(ModuleDefinition d) {
        String aliases = d.aliases().isEmpty() ? "" : "\nAlso known as: " + String.join(", ", d.aliases());
        Tooltip t = new Tooltip(d.name() + aliases + (d.help().isBlank() ? "" : "\n\n" + d.help()));
        t.setWrapText(true);
        t.setMaxWidth(360);
        return t;
    }

    private TitledPane streams() {
        ListView<String> list = new ListView<>();
        list.setId("stream-list");
        List<String> names = vm.streams();
        list.getItems().setAll(names);
        list.setPlaceholder(new Label("No streams yet"));
        list.setPrefHeight(90);
        TitledPane pane = new TitledPane("Streams", list);
        pane.setId("streams-section");
        pane.setExpanded(true);
        return pane;
    }
}
