package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.transport.TransportChoice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Streams pane: a searchable list of streams on the left; the selected (or new) stream's form with save, delete
 * (asking first and naming the canvases that use it), history import/export; below, its live messages and a
 * test-message form. A self-contained pane: the host places it and calls {@link #dispose()} when it goes away.
 *
 * <p>Usage: {@code StreamsView pane = new StreamsView(model, FileDialogs.chooser()); tab.setContent(pane);}
 */
public final class StreamsView extends BorderPane {
    private final StreamsViewModel model;
    private final FileDialogs files;
    private final TextField search = new TextField();
    private final ListView<StreamDefinition> list = new ListView<>();
    private final StreamForm form = new StreamForm();
    private final LivePane live;
    private final Label status = new Label();
    private final Timeline ticker;

    public StreamsView(StreamsViewModel model, FileDialogs files) {
        this.model = model;
        this.files = files;
        getStyleClass().add("streams-pane");
        live = new LivePane(model.live(), model.liveProblemProperty(), model.transportStatusProperty(),
            model.signaturesProperty());
        search.setId("streams-search");
        search.setPromptText("Search streams");
        search.textProperty().bindBidirectional(model.searchProperty());
        list.setId("streams-list");
        list.setItems(model.streams());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StreamDefinition d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.name() + "\n" + d.id() + "  ·  " + d.fields().size()
                    + " fields  ·  " + d.partitions() + (d.partitions() == 1 ? " partition" : " partitions"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                act(() -> model.select(b));
            }
        });
        model.selectedProperty().addListener((o, a, b) -> showSelection(b));
        Button newStream = button("new-stream", "New stream", () -> {
            model.select(null);
            showSelection(null);
        });
        VBox left = new VBox(6, search, list, newStream);
        left.setPadding(new Insets(8));
        left.setPrefWidth(300);
        VBox.setVgrow(list, Priority.ALWAYS);

        Button save = button("save-stream", "Save", () -> model.save(form.draft()));
        Button delete = button("delete-stream", "Delete…", this::confirmDelete);
        Button importHistory = button("import-history", "Import history…", () ->
            files.openHistory(getScene().getWindow()).ifPresent(model::importHistory));
        Button exportHistory = button("export-history", "Export history…", this::export);
        delete.disableProperty().bind(model.selectedProperty().isNull());
        importHistory.disableProperty().bind(model.selectedProperty().isNull());
        exportHistory.disableProperty().bind(model.selectedProperty().isNull());
        HBox actions = new HBox(8, save, delete, importHistory, exportHistory);
        status.setId("streams-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        VBox top = new VBox(8, new ScrollPane(form), actions, status);
        ((ScrollPane) top.getChildren().get(0)).setFitToWidth(true);
        top.getChildren().get(0).setId("stream-form-scroll");
        VBox.setVgrow(top.getChildren().get(0), Priority.ALWAYS);
        top.setPadding(new Insets(0, 8, 8, 8));

        live.publish.setOnAction(e -> act(() -> model.publishTest(live.values(), live.key.getText())));
        // the wallet may be opened after the pane: list its accounts when the box opens
        live.signer.setOnShowing(e -> live.signer.getItems().setAll(model.signingAccounts()));
        live.grant.setOnAction(e -> act(() -> model.grantSigning(live.signer.getValue())));
        live.revoke.setOnAction(e -> act(model::revokeSigning));
        live.grant.disableProperty().bind(model.selectedProperty().isNull());
        live.revoke.disableProperty().bind(model.selectedProperty().isNull());
        SplitPane center = new SplitPane(top, live);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.55);
        setLeft(left);
        setCenter(center);
        showSelection(model.selectedProperty().get());
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick(System.currentTimeMillis())));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /** Stops the rate ticker and the live subscription. */
    public void dispose() {
        ticker.stop();
        model.close();
    }

    private void showSelection(StreamDefinition def) {
        form.show(def, def == null ? new TransportChoice.InProcess()
            : model.transportProperty().get());
        live.showSchema(def);
        if (def == null) {
            list.getSelectionModel().clearSelection();
        } else if (!def.equals(list.getSelectionModel().getSelectedItem())) {
            list.getSelectionModel().select(def);
        }
    }

    private void confirmDelete() {
        StreamDefinition def = model.selectedProperty().get();
        List<String> users = model.usages(def.id());
        ButtonType deleteButton = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", deleteButton, ButtonType.CANCEL);
        alert.initOwner(getScene().getWindow());
        alert.setTitle("Delete stream");
        alert.setHeaderText("Delete " + def.id() + " and its stored history?");
        alert.setContentText(users.isEmpty() ? "No canvas uses this stream."
            : "These canvases use it and will report an error when run:\n  " + String.join("\n  ", users));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == deleteButton) {
            model.delete(def.id());
        }
    }

    private void export() throws IOException {
        StreamDefinition def = model.selectedProperty().get();
        Optional<Path> file = files.saveHistory(getScene().getWindow(),
            def.id().toString().replaceAll("[^A-Za-z0-9_.-]", "_") + ".csv");
        if (file.isPresent()) {
            model.exportHistory(file.get());
        }
    }

    private Button button(String id, String text, Action action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> act(action));
        return b;
    }

    /** Runs a user action; what goes wrong is said in the status line rather than thrown into the toolkit. */
    private void act(Action action) {
        try {
            action.run();
        } catch (Exception e) {
            model.statusProperty().set(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }
}
