package dev.rivulet.app.workspace;

import dev.rivulet.app.workspace.ConsoleViewModel.Row;
import dev.rivulet.core.validation.Problem;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The console at the bottom: one row per problem of the current canvas (severity, module, message). Clicking a row
 * selects its module and brings it into view.
 *
 * <p>Usage: {@code new ConsoleView(vm, hash -> view.commands().reveal(hash)).node()}.
 */
final class ConsoleView {
    private final VBox root = new VBox(4);
    private final TableView<Row> table = new TableView<>();
    private final Label header = new Label();

    ConsoleView(ConsoleViewModel vm, IntConsumer reveal) {
        root.setId("console");
        root.setPadding(new Insets(4, 8, 4, 8));
        header.setId("console-summary");
        header.getStyleClass().add("text-small");
        table.setId("console-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No problems"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> severity = new TableColumn<>("");
        severity.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().severity().name()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                boolean error = Problem.Severity.valueOf(s) == Problem.Severity.ERROR;
                FontIcon icon = new FontIcon(error ? MaterialDesignC.CLOSE_CIRCLE : MaterialDesignA.ALERT);
                icon.getStyleClass().add(error ? "danger" : "warning");
                icon.setIconColor(javafx.scene.paint.Color.web(error ? "#d93a3a" : "#e09b12"));
                setGraphic(icon);
            }
        });
        severity.setPrefWidth(36);
        severity.setMaxWidth(36);
        severity.setMinWidth(36);
        TableColumn<Row, String> module = new TableColumn<>("Module");
        module.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().module()));
        module.setPrefWidth(260);
        TableColumn<Row, String> message = new TableColumn<>("Problem");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setPrefWidth(520);
        table.getColumns().addAll(java.util.List.of(severity, module, message));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                reveal.accept(b.hash());
            }
        });
        table.setOnMouseClicked(e -> {
            Row r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                reveal.accept(r.hash());
            }
        });
        vm.rows().addListener((ListChangeListener<Row>) c -> header.setText("Console · " + vm.summary()));
        header.setText("Console · " + vm.summary());
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(header, table);
        root.setPrefHeight(150);
    }

    VBox node() {
        return root;
    }
}
