package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.ToggleSwitch;

/**
 * Streamr's Switcher widget: flipping it sends {@code {value: true|false}}; the module's {@code switcherValue}
 * messages set its position (so a dashboard opened later shows the same state).
 */
final class SwitcherWidget implements WidgetView {
    private final ToggleSwitch toggle = new ToggleSwitch();
    private final StackPane root = new StackPane(toggle);
    private boolean applying;

    SwitcherWidget(WidgetEvents events) {
        toggle.getStyleClass().add("widget-switcher");
        toggle.selectedProperty().addListener((obs, was, now) -> {
            if (!applying) {
                events.send(Map.of("value", now));
            }
        });
    }

    @Override
    public Region node() {
        return root;
    }

    @Override
    public void apply(List<UiMessage> batch) {
        for (UiMessage m : batch) {
            if (m instanceof UiMessage.Generic g && "switcherValue".equals(g.type())
                && g.body().get("switcherValue") instanceof Boolean b) {
                applying = true;
                try {
                    toggle.setSelected(b);
                } finally {
                    applying = false;
                }
            }
        }
    }

    @Override
    public void clear() {
        // the position is the module's state; the next run publishes it again
    }

    ToggleSwitch toggle() {
        return toggle;
    }
}
