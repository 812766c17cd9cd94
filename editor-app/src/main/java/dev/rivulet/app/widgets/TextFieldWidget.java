package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Streamr's TextField widget: Enter or "Send" sends {@code {value: text}}; {@code textFieldValue} sets the text. */
final class TextFieldWidget implements WidgetView {
    private final TextField field = new TextField();
    private final Button send = new Button("Send");
    private final HBox root = new HBox(4, field, send);

    TextFieldWidget(WidgetEvents events) {
        HBox.setHgrow(field, Priority.ALWAYS);
        root.getStyleClass().add("widget-text-field");
        Runnable fire = () -> events.send(Map.of("value", field.getText()));
        field.setOnAction(e -> fire.run());
        send.setOnAction(e -> fire.run());
    }

    @Override
    public Region node() {
        return root;
    }

    @Override
    public void apply(List<UiMessage> batch) {
        for (UiMessage m : batch) {
            if (m instanceof UiMessage.Generic g && "textFieldValue".equals(g.type()) && !field.isFocused()) {
                field.setText(String.valueOf(g.body().get("textFieldValue")));
            }
        }
    }

    @Override
    public void clear() {
    }

    TextField field() {
        return field;
    }
}
