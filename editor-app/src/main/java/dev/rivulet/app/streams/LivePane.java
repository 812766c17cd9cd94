package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.StreamDefinition;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Live messages of the selected stream (a bounded table, newest first, with pause), its rate and last-message time,
 * and a test-message form generated from the schema.
 */
final class LivePane extends HBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
        .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
        .withZone(ZoneId.systemDefault());

    final TableView<LiveRow> table = new TableView<>();
    final ToggleButton pause = new ToggleButton("Pause");
    final Label rate = new Label();
    final Label last = new Label();
    final Label problem = new Label();
    final Label transportStatus = new Label();
    final Label signatures = new Label();
    final javafx.scene.control.ComboBox<String> signer = new javafx.scene.control.ComboBox<>();
    final Button grant = new Button("Allow signing");
    final Button revoke = new Button("Stop signing");
    final GridPane form = new GridPane();
    final TextField key = new TextField();
    final Button publish = new Button("Publish test message");
    final Map<String, TextField> inputs = new LinkedHashMap<>();

    LivePane(LiveFeed feed, StringProperty liveProblem, StringProperty transportState, StringProperty signing) {
        super(10);
        setPadding(new Insets(8));
        table.setId("live-table");
        table.setItems(feed.rows());
        table.setPlaceholder(new Label("No messages yet"));
        table.getColumns().add(column("Time", LiveRow::timestamp, 100));
        table.getColumns().add(column("Partition", LiveRow::partition, 70));
        table.getColumns().add(column("Publisher", LiveRow::publisher, 80));
        table.getColumns().add(column("Content", LiveRow::content, 360));
        table.getColumns().add(column("Signature", LiveRow::signature, 110));
        pause.setId("pause-live");
        pause.selectedProperty().bindBidirectional(feed.pausedProperty());
        pause.textProperty().bind(Bindings.when(pause.selectedProperty()).then("Resume").otherwise("Pause"));
        rate.setId("live-rate");
        rate.textProperty().bind(Bindings.format(Locale.ROOT, "%.1f msg/s", feed.rateProperty()));
        last.setId("live-last");
        last.textProperty().bind(Bindings.createStringBinding(() -> feed.lastMessageProperty().get() == 0
            ? "no messages" : "last " + TIME.format(Instant.ofEpochMilli(feed.lastMessageProperty().get())),
            feed.lastMessageProperty()));
        problem.setId("live-problem");
        problem.textProperty().bind(liveProblem);
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        transportStatus.setId("transport-status");
        transportStatus.textProperty().bind(transportState);
        transportStatus.setWrapText(true);
        signatures.setId("signature-status");
        signatures.textProperty().bind(signing);
        signatures.setWrapText(true);
        Label title = new Label("Live messages");
        title.getStyleClass().add("section-title");
        HBox header = new HBox(12, title, pause, rate, last);
        signer.setId("signing-account");
        signer.setPromptText("wallet account");
        grant.setId("grant-signing");
        revoke.setId("revoke-signing");
        grant.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        revoke.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        signer.setPrefWidth(340);
        HBox signingRow = new HBox(6, new Label("Sign with"), signer, grant, revoke);
        signingRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox left = new VBox(6, header, transportStatus, signatures, signingRow, problem, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        key.setId("publish-key");
        key.setPromptText("partition key (optional)");
        publish.setId("publish-test");
        form.setHgap(6);
        form.setVgap(4);
        Label formTitle = new Label("Test message");
        formTitle.getStyleClass().add("section-title");
        VBox right = new VBox(6, formTitle, form, key, publish);
        right.setPrefWidth(260);
        right.setMinWidth(220);
        getChildren().addAll(left, right);
    }

    /** Builds the test-message form from the stream's schema. */
    void showSchema(StreamDefinition def) {
        form.getChildren().clear();
        inputs.clear();
        publish.setDisable(def == null);
        if (def == null) {
            return;
        }
        int row = 0;
        for (FieldDefinition f : def.fields()) {
            TextField input = new TextField();
            input.setId("publish-" + f.name());
            input.setPromptText(hint(f.type()));
            inputs.put(f.name(), input);
            form.addRow(row++, new Label(f.name()), input);
        }
    }

    /** The typed values, by field name. */
    Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        inputs.forEach((k, v) -> out.put(k, v.getText()));
        return out;
    }

    private static String hint(FieldType t) {
        return switch (t) {
            case NUMBER -> "number";
            case STRING -> "text";
            case BOOLEAN -> "true or false";
            case MAP -> "{\"key\": 1}";
            case LIST -> "[1, 2]";
        };
    }

    private static TableColumn<LiveRow, Object> column(String title, Function<LiveRow, Object> value, double width) {
        TableColumn<LiveRow, Object> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleObjectProperty<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        if ("Time".equals(title)) {
            c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : CLOCK.format(Instant.ofEpochMilli((Long) item)));
                }
            });
        }
        return c;
    }
}
