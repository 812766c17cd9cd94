package dev.rivulet.app.widgets;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The chart's navigator: an overview strip under the chart with every kept point of the shown series (the lowest and
 * highest of each pixel column) and a window over the time range the chart shows. Drag the window to pan, its edges
 * to zoom, click elsewhere to move it there; double-click to follow the newest data again.
 */
final class ChartNavigator extends Region {
    /** Told of a range the user chose on the navigator (seconds), or of "follow" (both NaN). */
    interface RangeListener {
        void rangeChosen(double from, double to);
    }

    static final double HEIGHT = 44;
    private static final double EDGE = 6;
    private final Canvas canvas = new Canvas();
    private final Supplier<List<SeriesGroups>> series;
    private final RangeListener listener;
    private double dataFrom = Double.NaN;
    private double dataTo = Double.NaN;
    private double viewFrom = Double.NaN;
    private double viewTo = Double.NaN;
    private double pressX;
    private double pressFrom;
    private double pressTo;
    private int dragMode; // 0 none, 1 move, 2 left edge, 3 right edge
    private long lastDraw;

    ChartNavigator(Supplier<List<SeriesGroups>> series, RangeListener listener) {
        this.series = series;
        this.listener = listener;
        getStyleClass().add("widget-chart-navigator");
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        canvas.setOnMousePressed(this::press);
        canvas.setOnMouseDragged(this::drag);
        canvas.setOnMouseReleased(e -> dragMode = 0);
        canvas.setOnMouseMoved(e -> canvas.setCursor(near(e.getX()) == 0 ? Cursor.DEFAULT
            : near(e.getX()) == 1 ? Cursor.MOVE : Cursor.H_RESIZE));
        canvas.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                listener.rangeChosen(Double.NaN, Double.NaN);
            }
        });
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw(true);
        }
    }

    /**
     * The whole data range and the shown range (seconds). The overview is recomputed at most four times a second
     * (from the chart's groups of every kept point); the window moves every time.
     */
    void update(double allFrom, double allTo, double shownFrom, double shownTo) {
        // following, the window is the whole strip: nothing to redraw between overview refreshes
        boolean whole = shownFrom <= allFrom && shownTo >= allTo;
        if (whole && System.nanoTime() - lastDraw < 250_000_000L && viewFrom <= dataFrom && viewTo >= dataTo) {
            return;
        }
        dataFrom = allFrom;
        dataTo = allTo;
        viewFrom = shownFrom;
        viewTo = shownTo;
        draw(false);
    }

    private double toX(double t) {
        return dataTo > dataFrom ? (t - dataFrom) / (dataTo - dataFrom) * canvas.getWidth() : 0;
    }

    private double toTime(double x) {
        return dataFrom + x / Math.max(1, canvas.getWidth()) * (dataTo - dataFrom);
    }

    // pixel columns of the overview, per series: {x, y of the low, y of the high}; recomputed at most 4 times a second
    private List<double[][]> columns = List.of();

    private void draw(boolean force) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.web("#f6f8fa"));
        g.fillRect(0, 0, w, h);
        if (!(dataTo > dataFrom) || w < 4) {
            return;
        }
        long now = System.nanoTime();
        if (force || now - lastDraw > 250_000_000L) {
            lastDraw = now;
            columns = overview(w, h);
        }
        g.setStroke(Color.web("#57606a"));
        g.setLineWidth(1);
        for (double[][] c : columns) {
            // the lows and the highs as two lines: one stroke each, however many columns
            g.strokePolyline(c[0], c[1], c[0].length);
            g.strokePolyline(c[0], c[2], c[0].length);
        }
        double x1 = toX(viewFrom);
        double x2 = toX(viewTo);
        g.setFill(Color.web("#0969da", 0.18));
        g.fillRect(x1, 0, Math.max(2, x2 - x1), h);
        g.setStroke(Color.web("#0969da"));
        g.strokeRect(x1 + 0.5, 0.5, Math.max(2, x2 - x1) - 1, h - 1);
    }

    private List<double[][]> overview(double w, double h) {
        List<double[][]> out = new java.util.ArrayList<>();
        for (SeriesGroups all : series.get()) {
            SeriesGroups groups = SeriesGroups.merge(all, dataFrom, dataTo, (int) w);
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (int i = 0; i < groups.count(); i++) {
                lo = Math.min(lo, groups.low(i));
                hi = Math.max(hi, groups.high(i));
            }
            double span = hi > lo ? hi - lo : 1;
            double[][] c = new double[3][groups.count()];
            for (int i = 0; i < groups.count(); i++) {
                c[0][i] = Math.floor(toX(groups.time(i))) + 0.5;
                c[1][i] = h - 3 - (groups.low(i) - lo) / span * (h - 6);
                c[2][i] = Math.min(c[1][i] - 0.5, h - 3 - (groups.high(i) - lo) / span * (h - 6));
            }
            out.add(c);
        }
        return out;
    }

    private int near(double x) {
        if (!(dataTo > dataFrom)) {
            return 0;
        }
        double x1 = toX(viewFrom);
        double x2 = toX(viewTo);
        if (Math.abs(x - x1) <= EDGE) {
            return 2;
        }
        if (Math.abs(x - x2) <= EDGE) {
            return 3;
        }
        return x > x1 && x < x2 ? 1 : 0;
    }

    private void press(MouseEvent e) {
        if (!(dataTo > dataFrom)) {
            return;
        }
        dragMode = near(e.getX());
        if (dragMode == 0) {
            // a click beside the window centers it there, keeping its width
            double half = (viewTo - viewFrom) / 2;
            double c = toTime(e.getX());
            listener.rangeChosen(c - half, c + half);
            dragMode = 1;
        }
        pressX = e.getX();
        pressFrom = viewFrom;
        pressTo = viewTo;
    }

    private void drag(MouseEvent e) {
        double dt = toTime(e.getX()) - toTime(pressX);
        double minSpan = (dataTo - dataFrom) / 1000;
        switch (dragMode) {
            case 1 -> listener.rangeChosen(pressFrom + dt, pressTo + dt);
            case 2 -> listener.rangeChosen(Math.min(pressFrom + dt, pressTo - minSpan), pressTo);
            case 3 -> listener.rangeChosen(pressFrom, Math.max(pressTo + dt, pressFrom + minSpan));
            default -> { }
        }
    }

    Canvas canvas() {
        return canvas;
    }
}
