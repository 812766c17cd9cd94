package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** Streamr's Button widget: pressing it sends an event; the module relabels it through {@code buttonName}. */
final class ButtonWidget implements WidgetView {
    private final Button button = new Button("button");
    private final StackPane root = new StackPane(button);

    ButtonWidget(WidgetEvents events) {
        button.getStyleClass().add("widget-button");
        button.setOnAction(e -> events.send(Map.of()));
    }

    @Override
    public Region node() {
        return root;
    }

    @Override
    public void apply(List<UiMessage> batch) {
        for (UiMessage m : batch) {
            if (m instanceof UiMessage.Generic g && "buttonName".equals(g.type())) {
                button.setText(String.valueOf(g.body().get("buttonName")));
            }
        }
    }

    @Override
    public void clear() {
        // the label belongs to the module's parameters, not to the run
    }

    Button button() {
        return button;
    }
}
