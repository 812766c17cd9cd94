package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Streamr's Map (image) widget: markers on a picture (a floor plan, a field). The module sends {@code lng = x} and
 * {@code lat = 1 - y}; x and y are fractions of the picture's width and height (0 to 1, y downwards). The picture is
 * {@code customImageUrl} (a URL or a file, loaded in the background); without one, a plain grid. Wheel to zoom, drag
 * to pan.
 */
final class ImageMapWidget implements WidgetView {
    private final MarkerLayer markers;
    private final Canvas canvas = new Canvas();
    private final Image image;
    private double scale = 1;
    private double panX;
    private double panY;
    private double pressX;
    private double pressY;
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

    ImageMapWidget(Map<String, Object> options) {
        markers = new MarkerLayer(OptionValues.number(options, "traceWidth", 2));
        image = load(OptionValues.text(options, "customImageUrl", ""));
        if (image != null) {
            image.progressProperty().addListener((o, was, now) -> {
                if (now.doubleValue() >= 1) {
                    draw();
                }
            });
        }
        root.getStyleClass().add("widget-image-map");
        root.setMinSize(60, 60);
        root.setPrefSize(400, 300);
        canvas.setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
        });
        canvas.setOnMouseDragged(e -> {
            panX += e.getX() - pressX;
            panY += e.getY() - pressY;
            pressX = e.getX();
            pressY = e.getY();
            draw();
        });
        canvas.setOnScroll(e -> {
            double f = e.getDeltaY() > 0 ? 1.25 : 0.8;
            panX = e.getX() - (e.getX() - panX) * f;
            panY = e.getY() - (e.getY() - panY) * f;
            scale *= f;
            draw();
        });
    }

    private static Image load(String where) {
        if (where == null || where.isBlank()) {
            return null;
        }
        String url = where.strip();
        if (!url.contains("://")) {
            Path file = Path.of(url);
            if (!Files.isReadable(file)) {
                return null;
            }
            url = file.toUri().toString();
        }
        return new Image(url, true);
    }

    /** The picture's place on the canvas: {x, y, width, height}, fitted and then zoomed and panned. */
    private double[] picture() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double iw = image != null && image.getWidth() > 0 ? image.getWidth() : 4;
        double ih = image != null && image.getHeight() > 0 ? image.getHeight() : 3;
        double fit = Math.min(w / iw, h / ih) * scale;
        return new double[] {(w - iw * fit) / 2 + panX, (h - ih * fit) / 2 + panY, iw * fit, ih * fit};
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#eaeef2"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double[] p = picture();
        if (image != null && !image.isError() && image.getProgress() >= 1) {
            g.drawImage(image, p[0], p[1], p[2], p[3]);
        } else {
            g.setFill(Color.WHITE);
            g.fillRect(p[0], p[1], p[2], p[3]);
            g.setStroke(Color.web("#d0d7de"));
            g.setLineWidth(1);
            for (int i = 0; i <= 10; i++) {
                g.strokeLine(p[0] + p[2] * i / 10, p[1], p[0] + p[2] * i / 10, p[1] + p[3]);
                g.strokeLine(p[0], p[1] + p[3] * i / 10, p[0] + p[2], p[1] + p[3] * i / 10);
            }
        }
        markers.draw(g, new MarkerLayer.Projection() {
            @Override
            public double x(double lat, double lng) {
                return p[0] + lng * p[2];
            }

            @Override
            public double y(double lat, double lng) {
                return p[1] + (1 - lat) * p[3];
            }
        });
    }

    @Override
    public Region node() {
        return root;
    }

    @Override
    public void apply(List<UiMessage> batch) {
        if (markers.apply(batch)) {
            draw();
        }
    }

    @Override
    public void clear() {
        markers.clear();
        draw();
    }

    MarkerLayer markers() {
        return markers;
    }

    Canvas canvas() {
        return canvas;
    }
}
