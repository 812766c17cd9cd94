package dev.rivulet.app.widgets;

import dev.rivulet.core.UiMessage;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.spi.CircularDoubleErrorDataSet;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Streamr's Chart widget on ChartFX: one line per series on a time axis, each series on the y-axis its module's
 * {@code yAxis} option names (several axes side by side), zoom by dragging and pan with the panner (Zoomer plugin,
 * with its range slider as navigator), series toggles, and CSV export of what is shown.
 *
 * <p>Points go into ring buffers of {@code retention} points per series (default 1,000,000), appended once per frame
 * per series; ChartFX's point reduction draws at most about two points per pixel column (min and max of the column),
 * so a frame costs the same at 1,000 points and at a million.
 */
final class ChartWidget implements WidgetView {
    private final int retention;
    private final List<Integer> yAxisOfSeries;
    private final XYChart chart;
    private final DefaultNumericAxis xAxis = new DefaultNumericAxis("time", (String) null);
    private final DefaultNumericAxis firstYAxis = new DefaultNumericAxis("value", (String) null);
    private final Map<Integer, ErrorDataSetRenderer> rendererOfAxis = new LinkedHashMap<>();
    private final List<CircularDoubleErrorDataSet> series = new ArrayList<>();
    private final List<CheckBox> toggles = new ArrayList<>();
    private final FlowPane toggleBar = new FlowPane(8, 2);
    private final BorderPane root = new BorderPane();
    private long points;

    /**
     * @param retention     points kept per series
     * @param yAxisOfSeries y-axis index of each series (Streamr's {@code yAxis} option); missing entries use axis 0
     */
    ChartWidget(int retention, List<Integer> yAxisOfSeries) {
        this.retention = Math.max(2, retention);
        this.yAxisOfSeries = List.copyOf(yAxisOfSeries);
        xAxis.setTimeAxis(true);
        xAxis.setAutoRanging(true);
        xAxis.setAnimated(false);
        xAxis.setSide(Side.BOTTOM);
        chart = new XYChart(xAxis, firstYAxis);
        chart.getRenderers().clear();
        chart.setAnimated(false);
        chart.getLegend().getNode().setVisible(false);
        Zoomer zoomer = new Zoomer();
        zoomer.setPannerEnabled(true);
        zoomer.setSliderVisible(true);
        chart.getPlugins().add(zoomer);
        toggleBar.getStyleClass().add("widget-chart-series");
        root.setTop(toggleBar);
        root.setCenter(chart);
        root.getStyleClass().add("widget-chart");
    }

    @Override
    public Region node() {
        return root;
    }

    @Override
    public void apply(List<UiMessage> batch) {
        // gather the batch per series, then one append per series: one redraw per frame whatever the rate
        Map<Integer, double[][]> pending = new LinkedHashMap<>();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (UiMessage m : batch) {
            if (m instanceof UiMessage.ChartInit init) {
                declare(init.seriesNames());
            } else if (m instanceof UiMessage.ChartPoint p) {
                ensureSeries(p.series(), p.seriesName());
                double[][] xy = pending.computeIfAbsent(p.series(), s -> new double[2][Math.max(16, batch.size())]);
                int n = counts.merge(p.series(), 1, Integer::sum) - 1;
                xy[0][n] = p.time() / 1000.0;
                xy[1][n] = p.y();
            }
        }
        pending.forEach((s, xy) -> {
            int n = counts.get(s);
            double[] x = java.util.Arrays.copyOf(xy[0], n);
            double[] y = java.util.Arrays.copyOf(xy[1], n);
            series.get(s).add(x, y, new double[n], new double[n]);
            points += n;
        });
    }

    private void declare(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            ensureSeries(i, names.get(i));
        }
    }

    private void ensureSeries(int index, String name) {
        while (series.size() <= index) {
            int i = series.size();
            String label = i == index && name != null ? name : "series " + (i + 1);
            CircularDoubleErrorDataSet ds = new CircularDoubleErrorDataSet(label, retention);
            series.add(ds);
            ErrorDataSetRenderer r = rendererFor(i < yAxisOfSeries.size() ? yAxisOfSeries.get(i) : 0);
            r.getDatasets().add(ds);
            CheckBox toggle = new CheckBox(label);
            toggle.setSelected(true);
            toggle.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    r.getDatasets().add(ds);
                } else {
                    r.getDatasets().remove(ds);
                }
            });
            toggles.add(toggle);
            toggleBar.getChildren().add(toggle);
        }
    }

    private ErrorDataSetRenderer rendererFor(int axisIndex) {
        return rendererOfAxis.computeIfAbsent(axisIndex, a -> {
            DefaultNumericAxis y = a == 0 ? firstYAxis : new DefaultNumericAxis("axis " + (a + 1), (String) null);
            y.setAnimated(false);
            y.setAutoRanging(true);
            y.setSide(a % 2 == 0 ? Side.LEFT : Side.RIGHT);
            ErrorDataSetRenderer r = new ErrorDataSetRenderer();
            r.setErrorStyle(io.fair_acc.chartfx.renderer.ErrorStyle.NONE);
            r.setDrawMarker(false);
            r.setPointReduction(true);
            r.getAxes().addAll(xAxis, y);
            chart.getRenderers().add(r);
            return r;
        });
    }

    /**
     * Writes the shown series as CSV: {@code time,<series>...}, one row per point in the visible time range, with the
     * series' value in its column (series rarely share timestamps, so other cells stay empty).
     */
    void exportCsv(Writer out) throws IOException {
        double from = xAxis.getMin();
        double to = xAxis.getMax();
        out.write("time");
        for (int s = 0; s < series.size(); s++) {
            if (toggles.get(s).isSelected()) {
                out.write("," + csvText(series.get(s).getName()));
            }
        }
        out.write("\n");
        for (int s = 0; s < series.size(); s++) {
            if (!toggles.get(s).isSelected()) {
                continue;
            }
            CircularDoubleErrorDataSet ds = series.get(s);
            int shownBefore = shownIndex(s);
            for (int i = 0; i < ds.getDataCount(); i++) {
                double x = ds.get(0, i);
                if (x < from || x > to) {
                    continue;
                }
                StringBuilder line = new StringBuilder().append(Math.round(x * 1000));
                line.append(",".repeat(shownBefore + 1)).append(ValueText.of(ds.get(1, i)));
                out.write(line.append('\n').toString());
            }
        }
    }

    private int shownIndex(int s) {
        int n = 0;
        for (int i = 0; i < s; i++) {
            if (toggles.get(i).isSelected()) {
                n++;
            }
        }
        return n;
    }

    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Override
    public void clear() {
        series.forEach(CircularDoubleErrorDataSet::reset);
        points = 0;
    }

    int seriesCount() {
        return series.size();
    }

    int pointsShown(int s) {
        return series.get(s).getDataCount();
    }

    long pointsReceived() {
        return points;
    }

    List<CheckBox> toggles() {
        return List.copyOf(toggles);
    }

    XYChart chart() {
        return chart;
    }
}
