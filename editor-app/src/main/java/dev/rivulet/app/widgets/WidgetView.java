package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.util.List;
import javafx.scene.layout.Region;

/**
 * A live view of one widget module (table, chart, label, gauge, input...), fed with batches of the module's
 * {@link UiMessage}s on the FX thread, at most one batch per frame (see {@code UiUpdateHub}). The same view class
 * renders inside a module on the canvas and on a dashboard.
 *
 * <pre>{@code
 * WidgetView view = WidgetViews.create("table", options, events).orElseThrow();
 * hub.attach(path, view::apply);
 * pane.getChildren().add(view.node());
 * }</pre>
 */
public interface WidgetView {
    /** The node to place; it resizes with its parent. */
    Region node();

    /** Applies one batch of messages, oldest first. Called on the FX thread. */
    void apply(List<UiMessage> batch);

    /** Forgets what is shown (a new run, or "reset and start"). */
    void clear();
}
