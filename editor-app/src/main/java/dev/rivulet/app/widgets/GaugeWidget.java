package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Streamr's Gauge: a half dial from min to max with a needle at the latest value ({@code init} sets the scale and
 * title, {@code u} moves the needle). Drawn on one canvas, redrawn at most once per batch.
 */
final class GaugeWidget implements WidgetView {
    private final Canvas canvas = new Canvas();
    private final Region root = new Region() {
        {
            getChildren().add(canvas);
        }

        @Override
        protected void layoutChildren() {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    };
    private double min = 0;
    private double max = 1;
    private double value = Double.NaN;
    private String title = "";

    GaugeWidget() {
        root.getStyleClass().add("widget-gauge");
        root.setMinSize(80, 60);
        root.setPrefSize(200, 140);
    }

    @Override
    public Region node() {
        return root;
    }

    @Override
    public void apply(List<UiMessage> batch) {
        boolean changed = false;
        for (UiMessage m : batch) {
            if (m instanceof UiMessage.Generic g && g.body() != null) {
                Map<String, Object> body = g.body();
                if ("init".equals(g.type())) {
                    min = number(body.get("min"), min);
                    max = number(body.get("max"), max);
                    title = body.get("title") == null ? "" : String.valueOf(body.get("title"));
                }
                value = number(body.get("v"), value);
                changed = true;
            }
        }
        if (changed) {
            draw();
        }
    }

    private static double number(Object o, double fallback) {
        return o instanceof Number n ? n.doubleValue() : fallback;
    }

    /** Needle position from 0 (min) to 1 (max), clamped. */
    double fraction() {
        if (Double.isNaN(value) || max == min) {
            return 0;
        }
        return Math.max(0, Math.min(1, (value - min) / (max - min)));
    }

    double value() {
        return value;
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 10 || h < 10) {
            return;
        }
        double r = Math.min(w / 2 - 10, h - 36);
        double cx = w / 2;
        double cy = 18 + r;
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineWidth(Math.max(6, r / 5));
        g.setStroke(Color.web("#d0d7de"));
        g.strokeArc(cx - r, cy - r, 2 * r, 2 * r, 0, 180, ArcType.OPEN);
        g.setStroke(Color.web("#0969da"));
        g.strokeArc(cx - r, cy - r, 2 * r, 2 * r, 180, -180 * fraction(), ArcType.OPEN);
        g.setFill(Color.web("#24292f"));
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(Font.font(Math.max(11, r / 3.5)));
        g.fillText(Double.isNaN(value) ? "–" : ValueText.compact(value), cx, cy - 2);
        g.setFont(Font.font(11));
        g.setFill(Color.web("#57606a"));
        g.fillText(ValueText.of(min), cx - r, cy + 14);
        g.fillText(ValueText.of(max), cx + r, cy + 14);
        if (!title.isEmpty()) {
            g.fillText(title, cx, 12);
        }
    }

    @Override
    public void clear() {
        value = Double.NaN;
        draw();
    }
}
