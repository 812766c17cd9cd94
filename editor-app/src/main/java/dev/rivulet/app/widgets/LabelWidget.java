package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** Streamr's Label widget: the latest value, large. Only the batch's last value is drawn. */
final class LabelWidget implements WidgetView {
    private final Label text = new Label();
    private final StackPane root = new StackPane(text);

    LabelWidget() {
        root.getStyleClass().add("widget-label");
        text.getStyleClass().add("widget-label-value");
        text.setStyle("-fx-font-size: 20px;");
        StackPane.setAlignment(text, Pos.CENTER);
    }

    @Override
    public Region node() {
        return root;
    }

    @Override
    public void apply(List<UiMessage> batch) {
        for (int i = batch.size() - 1; i >= 0; i--) {
            if (batch.get(i) instanceof UiMessage.LabelValue v) {
                text.setText(ValueText.of(v.value()));
                return;
            }
        }
    }

    @Override
    public void clear() {
        text.setText("");
    }

    String text() {
        return text.getText();
    }
}
