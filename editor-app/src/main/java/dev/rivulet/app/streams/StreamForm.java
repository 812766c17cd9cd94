package dev.rivulet.app.streams;

import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.transport.TransportChoice;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The form of one stream: id (fixed once created), name, description, the schema editor (a row per field: name and
 * type), partitions, storage, retention and the transport: in-process, an MQTT broker (URL, optional login, TLS with
 * an optional trusted certificate file) or a Streamr node (URL and API key). Passwords and keys are typed into
 * password fields and saved to the secret store, never to streams.db. {@link #draft()} reads the form back.
 */
final class StreamForm extends VBox {
    static final List<String> TRANSPORTS = List.of("In-process", "MQTT broker", "Streamr node");

    final TextField id = field("stream-id", "e.g. sensors/temp or 0x…/path");
    final TextField name = field("stream-name", "display name");
    final TextField description = field("stream-description", "");
    final VBox fields = new VBox(4);
    final Button addField = new Button("Add field");
    final Spinner<Integer> partitions = new Spinner<>(1, StreamDefinition.MAX_PARTITIONS, 1);
    final CheckBox storage = new CheckBox("Store history");
    final Spinner<Integer> retention = new Spinner<>(0, 36_500, 0);
    final ComboBox<String> transport = new ComboBox<>(FXCollections.observableArrayList(TRANSPORTS));
    final TextField url = field("transport-url", "mqtt://127.0.0.1:1883 or ws://127.0.0.1:7170");
    final TextField apiKey = secretField("transport-api-key", "API key (Streamr node)");
    final TextField username = field("transport-username", "user name (optional)");
    final TextField password = secretField("transport-password", "password");
    final CheckBox tls = new CheckBox("TLS");
    final TextField caFile = field("transport-ca-file", "trusted certificate PEM file (optional)");

    StreamForm() {
        super(8);
        setPadding(new Insets(8));
        addField.setId("add-field");
        addField.setOnAction(e -> addFieldRow("", FieldType.NUMBER));
        partitions.setId("partitions");
        partitions.setEditable(true);
        storage.setId("storage");
        retention.setId("retention");
        retention.setEditable(true);
        transport.setId("transport-kind");
        transport.valueProperty().addListener((o, a, b) -> updateTransportFields());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Id"), id);
        grid.addRow(1, new Label("Name"), name);
        grid.addRow(2, new Label("Description"), description);
        grid.addRow(3, new Label("Partitions"), partitions, storage);
        grid.addRow(4, new Label("Retention (days, 0 = forever)"), retention);
        grid.addRow(5, new Label("Transport"), transport);
        grid.addRow(6, new Label("URL"), url, apiKey);
        grid.addRow(7, new Label("MQTT login"), username, password);
        grid.addRow(8, new Label("MQTT TLS"), caFile, tls);
        tls.setId("transport-tls");
        tls.selectedProperty().addListener((o, a, b) -> caFile.setDisable(!b || !isMqtt()));
        GridPane.setHgrow(id, Priority.ALWAYS);
        Label schema = new Label("Fields");
        schema.getStyleClass().add("section-title");
        getChildren().addAll(grid, schema, fields, addField);
        show(null, new TransportChoice.InProcess());
    }

    /** Fills the form from a stream, or empties it for a new one. */
    void show(StreamDefinition def, TransportChoice choice) {
        id.setText(def == null ? "" : def.id().toString());
        id.setEditable(def == null);
        name.setText(def == null ? "" : def.name());
        description.setText(def == null ? "" : def.description());
        fields.getChildren().clear();
        if (def != null) {
            def.fields().forEach(f -> addFieldRow(f.name(), f.type()));
        }
        partitions.getValueFactory().setValue(def == null ? 1 : def.partitions());
        storage.setSelected(def == null || def.storage());
        retention.getValueFactory().setValue(def == null ? 0 : def.retentionDays());
        url.setText("");
        apiKey.setText("");
        username.setText("");
        password.setText("");
        tls.setSelected(false);
        caFile.setText("");
        if (choice instanceof TransportChoice.Mqtt m) {
            transport.setValue(TRANSPORTS.get(1));
            url.setText(m.brokerUrl());
            username.setText(m.username());
            password.setText(m.password());
            tls.setSelected(m.tls());
            caFile.setText(m.caCertificateFile());
        } else if (choice instanceof TransportChoice.StreamrNode n) {
            transport.setValue(TRANSPORTS.get(2));
            url.setText(n.nodeUrl());
            apiKey.setText(n.apiKey());
        } else {
            transport.setValue(TRANSPORTS.get(0));
        }
        updateTransportFields();
    }

    /** What the form holds; throws IllegalArgumentException naming a bad value. */
    StreamDraft draft() {
        List<FieldDefinition> list = new ArrayList<>();
        for (var row : fields.getChildren()) {
            HBox h = (HBox) row;
            String n = ((TextField) h.getChildren().get(0)).getText();
            @SuppressWarnings("unchecked")
            FieldType t = ((ComboBox<FieldType>) h.getChildren().get(1)).getValue();
            if (n == null || n.isBlank()) {
                throw new IllegalArgumentException("field " + (list.size() + 1) + " needs a name");
            }
            list.add(new FieldDefinition(n.trim(), t));
        }
        partitions.commitValue(); // takes text typed into the editable spinners
        retention.commitValue();
        TransportChoice choice = switch (TRANSPORTS.indexOf(transport.getValue())) {
            case 1 -> new TransportChoice.Mqtt(withTlsScheme(url.getText(), tls.isSelected()), username.getText(),
                password.getText(), tls.isSelected() ? caFile.getText() : "");
            case 2 -> new TransportChoice.StreamrNode(url.getText(), apiKey.getText());
            default -> new TransportChoice.InProcess();
        };
        return new StreamDraft(id.getText().trim(), name.getText(), description.getText(), list,
            partitions.getValue(), storage.isSelected(), retention.getValue(), choice);
    }

    private void addFieldRow(String fieldName, FieldType type) {
        TextField n = new TextField(fieldName);
        n.setPromptText("field name");
        n.getStyleClass().add("field-name");
        ComboBox<FieldType> t = new ComboBox<>(FXCollections.observableArrayList(FieldType.values()));
        t.getStyleClass().add("field-type");
        t.setConverter(new StringConverter<>() {
            @Override
            public String toString(FieldType f) {
                return f == null ? "" : f.label();
            }

            @Override
            public FieldType fromString(String s) {
                return FieldType.parse(s);
            }
        });
        t.setValue(type);
        Button remove = new Button("Remove");
        remove.getStyleClass().add("remove-field");
        HBox row = new HBox(6, n, t, remove);
        HBox.setHgrow(n, Priority.ALWAYS);
        remove.setOnAction(e -> fields.getChildren().remove(row));
        fields.getChildren().add(row);
    }

    private void updateTransportFields() {
        int kind = TRANSPORTS.indexOf(transport.getValue());
        url.setDisable(kind <= 0);
        apiKey.setDisable(kind != 2);
        username.setDisable(kind != 1);
        password.setDisable(kind != 1);
        tls.setDisable(kind != 1);
        caFile.setDisable(kind != 1 || !tls.isSelected());
    }

    private boolean isMqtt() {
        return TRANSPORTS.indexOf(transport.getValue()) == 1;
    }

    /** The TLS box decides the scheme: mqtt:// and tcp:// become mqtts:// when it is ticked, and back when not. */
    static String withTlsScheme(String url, boolean tls) {
        String u = url == null ? "" : url.trim();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        if (tls && (lower.startsWith("mqtt://") || lower.startsWith("tcp://"))) {
            return "mqtts://" + u.substring(u.indexOf("://") + 3);
        }
        if (!tls && (lower.startsWith("mqtts://") || lower.startsWith("ssl://") || lower.startsWith("tls://"))) {
            return "mqtt://" + u.substring(u.indexOf("://") + 3);
        }
        return u;
    }

    private static TextField secretField(String cssId, String prompt) {
        TextField f = new javafx.scene.control.PasswordField();
        f.setId(cssId);
        f.setPromptText(prompt);
        return f;
    }

    private static TextField field(String cssId, String prompt) {
        TextField f = new TextField();
        f.setId(cssId);
        f.setPromptText(prompt);
        return f;
    }
}
