package dev.rivulet.app.start;

import dev.rivulet.runtime.workspace.VersionInfo;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The version-history panel: a canvas's versions, newest first, each with its number, kind, time and summary, and
 * buttons to open one read-only or restore it. All state lives in the {@link HistoryViewModel}.
 *
 * <p>Usage: {@code pane.setRight(new HistoryView(historyViewModel).root());}
 */
public final class HistoryView {
    private final VBox root = new VBox(8);

    public HistoryView(HistoryViewModel vm) {
        Label title = new Label();
        title.setId("history-title");
        title.textProperty().bind(vm.titleProperty());
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");

        ListView<VersionInfo> list = new ListView<>(vm.versions());
        list.setId("version-list");
        list.setCellFactory(v -> new VersionCell());
        list.setPlaceholder(new Label("Select a canvas to see its versions."));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button open = new Button("Open read-only");
        open.setId("open-version");
        open.setOnAction(e -> vm.openSelected());
        Button restore = new Button("Restore");
        restore.setId("restore-version");
        restore.setOnAction(e -> vm.restoreSelected());
        open.disableProperty().bind(vm.selectedProperty().isNull());
        restore.disableProperty().bind(vm.selectedProperty().isNull());

        Label message = new Label();
        message.setId("history-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        root.getChildren().addAll(title, list, new HBox(8, open, restore), message);
        root.setId("history-panel");
        root.setPadding(new Insets(0, 0, 0, 16));
        root.setPrefWidth(360);
        root.setMinWidth(260);
    }

    public VBox root() {
        return root;
    }

    /** Two lines: "Version 3 · autosave · 24 Nov 2026, 19:50" and the summary. */
    private static final class VersionCell extends ListCell<VersionInfo> {
        @Override
        protected void updateItem(VersionInfo v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label head = new Label("Version " + v.version() + " · " + v.kind().name().toLowerCase(Locale.ROOT)
                + " · " + Times.format(v.created()));
            head.setStyle("-fx-font-weight: bold;");
            Label summary = new Label(v.summary());
            summary.setWrapText(true);
            summary.setMaxWidth(300);
            // follows the cell's text colour, so the summary stays readable on the selection highlight
            summary.setStyle("-fx-text-fill: -fx-text-background-color; -fx-opacity: 0.8;");
            VBox box = new VBox(2, head, summary);
            setGraphic(box);
            setText(null);
        }
    }
}
