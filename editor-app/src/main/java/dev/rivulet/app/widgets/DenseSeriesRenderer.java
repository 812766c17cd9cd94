package dev.rivulet.app.widgets;

import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.DataSetError;
import javafx.scene.canvas.GraphicsContext;

/**
 * ChartFX's line renderer, drawing dense grouped series (about one group per pixel column or more) as column spans:
 * the min/max band as one rectangle per group and the line as a horizontal then a vertical span from each group's
 * value to the next. At that density this looks like the polyline it replaces, and axis-aligned rectangles are filled
 * directly, where a path of hundreds of segments goes through the antialiasing shape rasterizer (most of a live
 * chart's frame on the software pipeline, and on the GPU pipelines too, which rasterize paths the same way). Sparse
 * series (zoomed in) are drawn by ChartFX as usual.
 */
final class DenseSeriesRenderer extends ErrorDataSetRenderer {
    private boolean band;

    /** Draws the min/max band under the line (the {@link DataGrouping#MIN_MAX} grouping). */
    void setBand(boolean on) {
        band = on;
    }

    @Override
    protected void render(GraphicsContext gc, DataSet ds, DataSetNode style) {
        int n = ds.getDataCount();
        if (n < 2 || n < xAxis.getWidth() / 2 || !(ds instanceof DataSetError errors)) {
            super.render(gc, ds, style);
            return;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xAxis.getDisplayPosition(ds.get(DataSet.DIM_X, i));
            y[i] = yAxis.getDisplayPosition(ds.get(DataSet.DIM_Y, i));
        }
        gc.save();
        if (band) {
            gc.setFill(style.getLineFillPattern());
            for (int i = 0; i < n; i++) {
                double v = ds.get(DataSet.DIM_Y, i);
                double top = yAxis.getDisplayPosition(v + errors.getErrorPositive(DataSet.DIM_Y, i));
                double bottom = yAxis.getDisplayPosition(v - errors.getErrorNegative(DataSet.DIM_Y, i));
                double w = i + 1 < n ? x[i + 1] - x[i] : 1;
                gc.fillRect(x[i], Math.min(top, bottom), Math.max(1, w), Math.max(1, Math.abs(bottom - top)));
            }
        }
        gc.setFill(style.getLineColor());
        double lw = Math.max(1, style.getLineWidth());
        double half = lw / 2;
        for (int i = 1; i < n; i++) {
            double x0 = x[i - 1];
            double y0 = y[i - 1];
            if (x[i] - x0 > lw) {
                gc.fillRect(x0 - half, y0 - half, x[i] - x0, lw);
            }
            gc.fillRect(x[i] - half, Math.min(y0, y[i]) - half, lw, Math.abs(y[i] - y0) + lw);
        }
        gc.restore();
    }
}
