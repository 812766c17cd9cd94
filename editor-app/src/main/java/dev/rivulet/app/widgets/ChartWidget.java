package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisMode;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.spi.financial.HighLowRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.spi.DoubleErrorDataSet;
import io.fair_acc.dataset.spi.MultiDimDoubleDataSet;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Streamr's Chart widget on ChartFX: one line per series on a time axis, each series on the y-axis its module's
 * {@code yAxis} option names (empty: each its own), zoom by dragging or the wheel and pan with the middle button
 * (ChartFX's Zoomer, x only), a navigator strip under it, series toggles, a data grouping choice (min/max band,
 * average, open/high/low/close bars) and CSV export of what is shown.
 *
 * <p>Points go into primitive ring buffers of {@code retention} points per series (default 1,000,000). Once per frame
 * the shown time range of each series is grouped into one slot per pixel column (one per five for bars), so ChartFX
 * draws at most about two points per pixel column however many points there are. While following (the default; a
 * zoom stops it, a double-click on the navigator resumes it) the range is all the kept data.
 */
final class ChartWidget implements WidgetView {
    private static final class Series {
        final String name;
        final int axis;
        final SeriesBuffer data;
        final DoubleErrorDataSet line;
        final MultiDimDoubleDataSet bars;
        final CheckBox toggle;
        final LiveGroups live;
        SeriesGroups shown;
        /** All kept points on the live grid: what a following chart shows, and the navigator's overview. */
        SeriesGroups whole;
        /**
         * What {@link #shown} was grouped from, to skip regrouping an unchanged range: the first and end point (counted
         * in everything received), slots, grouping, and the range's bounds.
         */
        long[] shownKey;

        Series(String name, int axis, int retention) {
            this.name = name;
            this.axis = axis;
            data = new SeriesBuffer(retention);
            live = new LiveGroups(data);
            line = new DoubleErrorDataSet(name, 16);
            bars = new MultiDimDoubleDataSet(name, false, new double[7][0]);
            toggle = new CheckBox(name);
            toggle.setSelected(true);
        }
    }

    private record YAxis(DefaultNumericAxis axis, DenseSeriesRenderer lines, HighLowRenderer bars) {
    }

    private final int retention;
    private final List<Integer> yAxisOfSeries;
    private final DefaultNumericAxis xAxis = new DefaultNumericAxis("time", (String) null);
    private final DefaultNumericAxis firstY = new DefaultNumericAxis("value", (String) null);
    private final XYChart chart;
    private final Map<Integer, YAxis> yAxes = new LinkedHashMap<>();
    private final List<Series> series = new ArrayList<>();
    private final FlowPane toggleBar = new FlowPane(8, 2);
    private final ComboBox<DataGrouping> grouping = new ComboBox<>();
    private final ChartNavigator navigator;
    private final BorderPane root = new BorderPane();
    private final ChartExport export = new ChartExport();
    private DataGrouping mode = DataGrouping.MIN_MAX;
    private boolean follow = true;
    private boolean settingRange;
    private boolean refreshQueued;
    private double from = Double.NaN;
    private double to = Double.NaN;
    private int slotsOverride;
    private long points;

    /**
     * @param retention     points kept per series
     * @param yAxisOfSeries y-axis index of each series (Streamr's {@code yAxis} option); empty: each series its own
     */
    ChartWidget(int retention, List<Integer> yAxisOfSeries) {
        this.retention = Math.max(2, retention);
        this.yAxisOfSeries = List.copyOf(yAxisOfSeries);
        xAxis.setTimeAxis(true);
        xAxis.setAutoRanging(false);
        xAxis.setAnimated(false);
        xAxis.setSide(Side.BOTTOM);
        chart = new XYChart(xAxis, firstY);
        // ChartFX caches its canvases as bitmaps; live data redraws them every frame, so a cache only adds a copy
        uncache(xAxis);
        uncache(firstY);
        chart.getCanvas().setCache(false);
        chart.getRenderers().clear();
        chart.setAnimated(false);
        chart.getLegend().getNode().setVisible(false);
        Zoomer zoomer = new Zoomer(AxisMode.X);
        zoomer.setPannerEnabled(true);
        zoomer.setSliderVisible(false);
        zoomer.setAnimated(false);
        chart.getPlugins().add(zoomer);
        // a zoom or pan by the user stops following; the Zoomer's "back to the origin" turns auto-ranging on: follow
        xAxis.minProperty().addListener((o, was, now) -> userRange());
        xAxis.maxProperty().addListener((o, was, now) -> userRange());
        xAxis.autoRangingProperty().addListener((o, was, on) -> {
            if (on) {
                javafx.application.Platform.runLater(() -> {
                    xAxis.setAutoRanging(false);
                    follow(true);
                });
            }
        });
        xAxis.widthProperty().addListener((o, was, now) -> refreshLater());
        navigator = new ChartNavigator(this::overviews, (a, b) -> {
            if (Double.isNaN(a)) {
                follow(true);
            } else {
                follow = false;
                setRange(a, b);
                refresh();
            }
        });
        grouping.getItems().setAll(DataGrouping.values());
        grouping.setValue(mode);
        grouping.getStyleClass().add("widget-chart-grouping");
        grouping.valueProperty().addListener((o, was, now) -> setGrouping(now));
        Button csv = new Button("CSV…");
        csv.getStyleClass().add("widget-chart-export");
        csv.setOnAction(e -> export.choose(root, this::exportCsv));
        toggleBar.getStyleClass().add("widget-chart-series");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(toggleBar, Priority.ALWAYS);
        HBox top = new HBox(6, toggleBar, spacer, grouping, csv);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 2, 0));
        root.setTop(top);
        root.setCenter(chart);
        root.setBottom(new VBox(navigator));
        root.getStyleClass().add("widget-chart");
    }

    @Override
    public Region node() {
        return root;
    }

    @Override
    public void apply(List<UiMessage> batch) {
        boolean added = false;
        for (UiMessage m : batch) {
            if (m instanceof UiMessage.ChartInit init) {
                for (int i = 0; i < init.seriesNames().size(); i++) {
                    ensureSeries(i, init.seriesNames().get(i));
                }
            } else if (m instanceof UiMessage.ChartPoint p) {
                ensureSeries(p.series(), p.seriesName());
                series.get(p.series()).data.add(p.time() / 1000.0, p.y());
                points++;
                added = true;
            }
        }
        if (added) {
            refresh();
        }
    }

    private void ensureSeries(int index, String name) {
        while (series.size() <= index) {
            int i = series.size();
            String label = i == index && name != null ? name : "series " + (i + 1);
            int axis = yAxisOfSeries.isEmpty() ? i : i < yAxisOfSeries.size() ? yAxisOfSeries.get(i) : 0;
            Series s = new Series(label, axis, retention);
            series.add(s);
            s.toggle.selectedProperty().addListener((obs, was, on) -> {
                attach(s);
                refresh();
            });
            toggleBar.getChildren().add(s.toggle);
            attach(s);
        }
    }

    /** Puts the series' data set into the renderer of the current mode (or none when it is switched off). */
    private void attach(Series s) {
        YAxis y = yAxis(s.axis);
        y.lines().getDatasets().remove(s.line);
        y.bars().getDatasets().remove(s.bars);
        if (s.toggle.isSelected()) {
            if (mode == DataGrouping.OHLC) {
                y.bars().getDatasets().add(s.bars);
            } else {
                y.lines().getDatasets().add(s.line);
            }
        }
    }

    private YAxis yAxis(int index) {
        return yAxes.computeIfAbsent(index, a -> {
            DefaultNumericAxis y = a == 0 ? firstY : new DefaultNumericAxis("axis " + (a + 1), (String) null);
            uncache(y);
            y.setAnimated(false);
            y.setAutoRanging(false);
            y.setSide(a % 2 == 0 ? Side.LEFT : Side.RIGHT);
            DenseSeriesRenderer lines = new DenseSeriesRenderer();
            lines.setBand(mode == DataGrouping.MIN_MAX);
            lines.setDrawMarker(false);
            // points are grouped per pixel column here already
            lines.setPointReduction(false);
            // one path per series: without it ChartFX strokes every segment as its own line, which the software
            // pipeline rasterizes one by one (most of a frame's rendering with a few hundred groups)
            lines.setAllowNaNs(true);
            lines.setErrorStyle(mode == DataGrouping.MIN_MAX ? ErrorStyle.ERRORSURFACE : ErrorStyle.NONE);
            lines.getAxes().addAll(xAxis, y);
            HighLowRenderer bars = new HighLowRenderer();
            bars.getAxes().addAll(xAxis, y);
            chart.getRenderers().addAll(lines, bars);
            return new YAxis(y, lines, bars);
        });
    }

    private static void uncache(DefaultNumericAxis axis) {
        axis.getCanvas().setCache(false);
    }

    void setGrouping(DataGrouping next) {
        mode = next;
        grouping.setValue(next);
        for (YAxis y : yAxes.values()) {
            y.lines().setErrorStyle(next == DataGrouping.MIN_MAX ? ErrorStyle.ERRORSURFACE : ErrorStyle.NONE);
            y.lines().setBand(next == DataGrouping.MIN_MAX);
        }
        series.forEach(this::attach);
        refresh();
    }

    DataGrouping grouping() {
        return mode;
    }

    private void follow(boolean on) {
        follow = on;
        refresh();
    }

    private void userRange() {
        if (!settingRange) {
            follow = false;
            from = xAxis.getMin();
            to = xAxis.getMax();
            refreshLater();
        }
    }

    /**
     * A refresh after the current pulse: axis and size changes arrive while ChartFX lays out and draws, holding its
     * data sets' read locks, which a refresh (a write) must not take on the same thread.
     */
    private void refreshLater() {
        if (!refreshQueued) {
            refreshQueued = true;
            javafx.application.Platform.runLater(() -> {
                refreshQueued = false;
                refresh();
            });
        }
    }

    private void setRange(double a, double b) {
        from = a;
        to = b;
        settingRange = true;
        try {
            xAxis.set(a, b);
        } finally {
            settingRange = false;
        }
    }

    /**
     * Regroups the shown range of every shown series into the chart's data sets. Following, the groups come from each
     * series' {@link LiveGroups} (only new points are read); a fixed range is regrouped from the points only when its
     * points, the number of slots or the grouping changed.
     */
    private void refresh() {
        int px = pixelSlots();
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        for (Series s : series) {
            if (s.data.size() > 0) {
                s.whole = s.live.update(px);
                // the oldest group starts at or before the oldest point (its slot's start)
                first = Math.min(first, s.whole.time(0));
                last = Math.max(last, s.data.x(s.data.size() - 1));
            }
        }
        if (first > last) {
            return;
        }
        boolean live = follow || Double.isNaN(from);
        if (live) {
            double pad = last > first ? 0 : 1;
            setRange(first - pad, last + pad);
        }
        int slots = slots();
        Map<Integer, double[]> yRange = new LinkedHashMap<>();
        for (Series s : series) {
            if (!s.toggle.isSelected() || s.whole == null) {
                continue;
            }
            SeriesGroups g = grouped(s, live && slotsOverride == 0, slots);
            if (g != s.shown) {
                s.shown = g;
                show(s, g);
            }
            double[] r = yRange.computeIfAbsent(s.axis, a -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
            for (int i = 0; i < g.count(); i++) {
                r[0] = Math.min(r[0], g.low(i));
                r[1] = Math.max(r[1], g.high(i));
            }
        }
        yRange.forEach((axis, r) -> {
            if (r[0] <= r[1]) {
                double pad = r[1] > r[0] ? (r[1] - r[0]) * 0.05 : Math.max(1, Math.abs(r[0]) * 0.05);
                yAxis(axis).axis().set(r[0] - pad, r[1] + pad);
            }
        });
        navigator.update(first, last, from, to);
    }

    private SeriesGroups grouped(Series s, boolean live, int slots) {
        if (live) {
            return mode == DataGrouping.OHLC ? SeriesGroups.merge(s.whole, from, to, slots) : s.whole;
        }
        // a fixed range: the same points (by their position in everything received), slots and grouping as last time
        // give the same groups
        long gone = s.data.appended() - s.data.size();
        long[] key = {gone + s.data.firstAtOrAfter(from), gone + s.data.firstAtOrAfter(Math.nextUp(to)), slots,
            mode.ordinal(), Double.doubleToLongBits(from), Double.doubleToLongBits(to)};
        if (s.shown != null && java.util.Arrays.equals(key, s.shownKey)) {
            return s.shown;
        }
        s.shownKey = key;
        return SeriesGroups.of(s.data, from, to, slots);
    }

    private void show(Series s, SeriesGroups g) {
        int n = g.count();
        if (mode == DataGrouping.OHLC) {
            double[][] v = new double[7][n];
            for (int i = 0; i < n; i++) {
                v[0][i] = g.time(i);
                v[1][i] = g.open(i);
                v[2][i] = g.high(i);
                v[3][i] = g.low(i);
                v[4][i] = g.close(i);
            }
            s.bars.set(v, false);
            return;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] below = new double[n];
        double[] above = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = g.time(i);
            y[i] = g.average(i);
            if (mode == DataGrouping.MIN_MAX) {
                below[i] = y[i] - g.low(i);
                above[i] = g.high(i) - y[i];
            }
        }
        s.line.set(x, y, below, above, false);
    }

    private int slots() {
        if (slotsOverride > 0) {
            return slotsOverride;
        }
        int px = pixelSlots();
        return mode == DataGrouping.OHLC ? Math.max(10, px / 5) : px;
    }

    /** One group per pixel column of the plot. */
    private int pixelSlots() {
        return (int) Math.max(100, xAxis.getWidth() > 0 ? xAxis.getWidth() : 800);
    }

    /** Fixes the number of groups across the shown range (tests); 0 goes back to one per pixel column. */
    void setSlots(int slots) {
        slotsOverride = slots;
        refresh();
    }

    /** Shows [fromSeconds, toSeconds] as a user zoom would. */
    void showRange(double fromSeconds, double toSeconds) {
        follow = false;
        setRange(fromSeconds, toSeconds);
        refresh();
    }

    /** Every kept point of each shown series, grouped (the navigator groups these further). */
    private List<SeriesGroups> overviews() {
        return series.stream().filter(s -> s.toggle.isSelected() && s.whole != null).map(s -> s.whole).toList();
    }

    /**
     * Writes what is shown as CSV: {@code time,series,} then the grouping's columns ({@code min,max}, {@code average}
     * or {@code open,high,low,close}); one row per group of each shown series in the shown range, time in epoch
     * milliseconds (a group's start).
     */
    void exportCsv(Writer out) throws IOException {
        refresh();
        out.write("time,series," + mode.csvColumns() + "\n");
        for (Series s : series) {
            if (!s.toggle.isSelected() || s.shown == null) {
                continue;
            }
            SeriesGroups g = s.shown;
            for (int i = 0; i < g.count(); i++) {
                StringBuilder line = new StringBuilder().append(Math.round(g.time(i) * 1000)).append(',')
                    .append(ChartExport.csvText(s.name));
                switch (mode) {
                    case MIN_MAX -> line.append(',').append(ValueText.of(g.low(i))).append(',')
                        .append(ValueText.of(g.high(i)));
                    case AVERAGE -> line.append(',').append(ValueText.of(g.average(i)));
                    case OHLC -> line.append(',').append(ValueText.of(g.open(i))).append(',')
                        .append(ValueText.of(g.high(i))).append(',').append(ValueText.of(g.low(i))).append(',')
                        .append(ValueText.of(g.close(i)));
                }
                out.write(line.append('\n').toString());
            }
        }
    }

    @Override
    public void clear() {
        series.forEach(s -> {
            s.data.clear();
            s.shown = null;
            s.whole = null;
            s.shownKey = null;
        });
        points = 0;
        follow = true;
    }

    /** A one-line summary (benchmarks print it). */
    @Override
    public String toString() {
        long kept = 0;
        long drawn = 0;
        for (Series s : series) {
            kept += s.data.size();
            drawn += s.shown == null ? 0 : s.shown.count();
        }
        return String.format("%d series, %,d points received, %,d kept (retention %,d per series), %,d groups drawn"
            + " (%s)", series.size(), points, kept, retention, drawn, mode);
    }

    int seriesCount() {
        return series.size();
    }

    int pointsKept(int s) {
        return series.get(s).data.size();
    }

    int groupsShown(int s) {
        SeriesGroups g = series.get(s).shown;
        return g == null ? 0 : g.count();
    }

    long pointsReceived() {
        return points;
    }

    boolean following() {
        return follow;
    }

    List<CheckBox> toggles() {
        return series.stream().map(s -> s.toggle).toList();
    }

    ComboBox<DataGrouping> groupingChoice() {
        return grouping;
    }

    ChartNavigator navigator() {
        return navigator;
    }

    XYChart chart() {
        return chart;
    }
}
