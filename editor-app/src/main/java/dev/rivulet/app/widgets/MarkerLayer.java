package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The markers and traces of a map widget (geo or image), kept from the module's messages: {@code p} moves marker
 * {@code id} to {@code lat, lng} (adding trace point {@code tracePointId} when the module draws traces), {@code d}
 * removes the expired markers of {@code markerList} and trace points of {@code pointList}. Drawn through a projection.
 */
final class MarkerLayer {
    /** Screen position of a map coordinate. */
    interface Projection {
        double x(double lat, double lng);

        double y(double lat, double lng);
    }

    record Marker(Object id, double lat, double lng, Color color, String label, double dir) {
    }

    private final Map<Object, Marker> markers = new LinkedHashMap<>();
    // trace points per marker, in order, by point id
    private final Map<Object, LinkedHashMap<Object, double[]>> traces = new LinkedHashMap<>();
    private final Map<Object, Object> markerOfPoint = new LinkedHashMap<>();
    private final double traceWidth;

    MarkerLayer(double traceWidth) {
        this.traceWidth = traceWidth;
    }

    /** Applies the map messages of a batch; true if something changed. */
    boolean apply(List<UiMessage> batch) {
        boolean changed = false;
        for (UiMessage m : batch) {
            if (m instanceof UiMessage.Generic g && g.body() != null) {
                if ("p".equals(g.type())) {
                    move(g.body());
                    changed = true;
                } else if ("d".equals(g.type())) {
                    remove(g.body());
                    changed = true;
                }
            }
        }
        return changed;
    }

    private void move(Map<String, Object> b) {
        Object id = b.getOrDefault("id", "id");
        double lat = number(b.get("lat"));
        double lng = number(b.get("lng"));
        if (Double.isNaN(lat) || Double.isNaN(lng)) {
            return;
        }
        Object label = b.get("label");
        markers.remove(id);
        markers.put(id, new Marker(id, lat, lng, color(b.get("color")), label == null ? null : ValueText.of(label),
            number(b.get("dir"))));
        Object point = b.get("tracePointId");
        if (point != null) {
            traces.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(point, new double[] {lat, lng});
            markerOfPoint.put(point, id);
        }
    }

    private void remove(Map<String, Object> b) {
        if (b.get("markerList") instanceof List<?> ids) {
            ids.forEach(markers::remove);
        }
        if (b.get("pointList") instanceof List<?> points) {
            for (Object p : points) {
                Object marker = markerOfPoint.remove(p);
                Map<Object, double[]> trace = marker == null ? null : traces.get(marker);
                if (trace != null) {
                    trace.remove(p);
                    if (trace.isEmpty()) {
                        traces.remove(marker);
                    }
                }
            }
        }
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static Color color(Object o) {
        try {
            return o == null ? Color.web("#e9570f") : Color.web(String.valueOf(o).replace(" ", ""));
        } catch (IllegalArgumentException e) {
            return Color.web("#e9570f");
        }
    }

    void draw(GraphicsContext g, Projection p) {
        g.setLineWidth(traceWidth);
        for (Map.Entry<Object, LinkedHashMap<Object, double[]>> e : traces.entrySet()) {
            Marker m = markers.get(e.getKey());
            g.setStroke(m == null ? Color.web("#e9570f", 0.6) : m.color().deriveColor(0, 1, 1, 0.7));
            List<double[]> points = new ArrayList<>(e.getValue().values());
            double[] xs = new double[points.size()];
            double[] ys = new double[points.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = p.x(points.get(i)[0], points.get(i)[1]);
                ys[i] = p.y(points.get(i)[0], points.get(i)[1]);
            }
            g.strokePolyline(xs, ys, xs.length);
        }
        g.setFont(Font.font(11));
        for (Marker m : markers.values()) {
            double x = p.x(m.lat(), m.lng());
            double y = p.y(m.lat(), m.lng());
            g.setFill(m.color());
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            if (!Double.isNaN(m.dir())) {
                // an arrow pointing along the heading (degrees clockwise from north)
                double a = Math.toRadians(m.dir());
                double sx = Math.sin(a);
                double sy = -Math.cos(a);
                double[] xs = {x + sx * 9, x - sx * 6 + sy * 5, x - sx * 6 - sy * 5};
                double[] ys = {y + sy * 9, y - sy * 6 - sx * 5, y - sy * 6 + sx * 5};
                g.fillPolygon(xs, ys, 3);
                g.strokePolygon(xs, ys, 3);
            } else {
                g.fillOval(x - 6, y - 6, 12, 12);
                g.strokeOval(x - 6, y - 6, 12, 12);
            }
            if (m.label() != null && !m.label().isEmpty()) {
                g.setFill(Color.web("#24292f"));
                g.fillText(m.label(), x + 9, y - 7);
            }
        }
    }

    /** {south, west, north, east} of the markers, or null when there are none. */
    double[] bounds() {
        if (markers.isEmpty()) {
            return null;
        }
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Marker m : markers.values()) {
            b[0] = Math.min(b[0], m.lat());
            b[1] = Math.min(b[1], m.lng());
            b[2] = Math.max(b[2], m.lat());
            b[3] = Math.max(b[3], m.lng());
        }
        return b;
    }

    Map<Object, Marker> markers() {
        return java.util.Collections.unmodifiableMap(markers);
    }

    int tracePoints() {
        return markerOfPoint.size();
    }

    void clear() {
        markers.clear();
        traces.clear();
        markerOfPoint.clear();
    }
}
