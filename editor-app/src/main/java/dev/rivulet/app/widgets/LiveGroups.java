package dev.rivulet.app.widgets;

import java.util.Arrays;

/**
 * All kept points of one series grouped on an absolute time grid, kept up to date as points arrive and old ones leave
 * the ring, so that a chart following live data regroups only what is new each frame instead of every kept point.
 *
 * <p>The grid's slot width is a power of two seconds, the smallest that gives at most {@code maxGroups} groups over
 * the kept time span; slot k covers [k·width, (k+1)·width). When the span outgrows the grid, neighbouring groups merge
 * (the width doubles) without reading points again; points that leave the ring drop their groups, and the oldest
 * group still in the ring is recomputed from its remaining points. Times must not decrease (engine time is monotonic).
 *
 * <pre>{@code
 * LiveGroups live = new LiveGroups(buffer);
 * SeriesGroups g = live.update(800);   // once a frame; at most 800 groups, mostly more than 200
 * }</pre>
 */
final class LiveGroups {
    private static final double SMALLEST_WIDTH = Math.scalb(1.0, -20);

    private final SeriesBuffer data;
    private double width;
    private long[] slot = new long[64];
    private double[] open = new double[64];
    private double[] high = new double[64];
    private double[] low = new double[64];
    private double[] close = new double[64];
    private double[] sum = new double[64];
    private int[] points = new int[64];
    private int count;
    /** {@link SeriesBuffer#appended()} up to which points are grouped, and how many had left the ring by then. */
    private long grouped;
    private long evicted;

    LiveGroups(SeriesBuffer data) {
        this.data = data;
    }

    /** Brings the groups up to date with the buffer and returns them (a copy). */
    SeriesGroups update(int maxGroups) {
        maxGroups = Math.max(2, maxGroups);
        int size = data.size();
        long nowEvicted = data.appended() - size;
        if (size == 0) {
            reset();
        } else {
            double target = widthFor(data.x(size - 1) - data.x(0), maxGroups);
            if (count == 0 || target <= width / 4 || data.appended() < grouped || nowEvicted > grouped) {
                // nothing yet, the span shrank a lot (a smaller window, fewer points kept), or everything grouped has
                // left the ring: start over. A span that only wobbles keeps its grid (no full regroup every frame).
                reset();
                width = target;
                evicted = nowEvicted;
            } else {
                while (width < target) {
                    coarsen();
                }
                if (nowEvicted > evicted) {
                    dropLeft();
                    evicted = nowEvicted;
                }
            }
            long firstNew = Math.max(grouped, nowEvicted);
            for (long p = firstNew; p < data.appended(); p++) {
                int i = (int) (p - nowEvicted);
                add(data.x(i), data.y(i));
            }
            grouped = data.appended();
        }
        double[] time = new double[count];
        for (int i = 0; i < count; i++) {
            time[i] = slot[i] * width;
        }
        return SeriesGroups.copyOf(time, open, high, low, close, sum, points, count);
    }

    /** The grid's slot width in seconds (0 before the first point). */
    double width() {
        return width;
    }

    private static double widthFor(double span, int maxGroups) {
        // slots over the span plus one partly filled at each end must stay within maxGroups
        double wanted = span / (maxGroups - 1);
        double w = SMALLEST_WIDTH;
        while (w < wanted) {
            w *= 2;
        }
        return w;
    }

    private void reset() {
        count = 0;
        grouped = data.appended() - data.size();
        width = 0;
    }

    private void add(double x, double y) {
        long s = (long) Math.floor(x / width);
        if (count > 0 && s <= slot[count - 1]) {
            int g = count - 1;
            high[g] = Math.max(high[g], y);
            low[g] = Math.min(low[g], y);
            close[g] = y;
            sum[g] += y;
            points[g]++;
            return;
        }
        if (count == slot.length) {
            grow();
        }
        slot[count] = s;
        open[count] = y;
        high[count] = y;
        low[count] = y;
        close[count] = y;
        sum[count] = y;
        points[count] = 1;
        count++;
    }

    /** Doubles the slot width: pairs of neighbouring slots become one. */
    private void coarsen() {
        width *= 2;
        int out = -1;
        for (int i = 0; i < count; i++) {
            long s = Math.floorDiv(slot[i], 2);
            if (out >= 0 && slot[out] == s) {
                high[out] = Math.max(high[out], high[i]);
                low[out] = Math.min(low[out], low[i]);
                close[out] = close[i];
                sum[out] += sum[i];
                points[out] += points[i];
            } else {
                out++;
                slot[out] = s;
                open[out] = open[i];
                high[out] = high[i];
                low[out] = low[i];
                close[out] = close[i];
                sum[out] = sum[i];
                points[out] = points[i];
            }
        }
        count = out + 1;
    }

    /**
     * Points left the ring: groups wholly before the oldest kept point go, and the group it falls in is recomputed
     * from the points of that slot still kept.
     */
    private void dropLeft() {
        double oldest = data.x(0);
        long first = (long) Math.floor(oldest / width);
        int drop = 0;
        while (drop < count && slot[drop] < first) {
            drop++;
        }
        if (drop > 0) {
            shift(drop);
        }
        if (count == 0 || slot[0] != first) {
            return;
        }
        int kept = data.size();
        int n = 0;
        double hi = -Double.MAX_VALUE;
        double lo = Double.MAX_VALUE;
        double total = 0;
        double last = Double.NaN;
        long visible = grouped - (data.appended() - kept);
        for (int i = 0; i < kept && i < visible; i++) {
            double x = data.x(i);
            if ((long) Math.floor(x / width) != first) {
                break;
            }
            double y = data.y(i);
            hi = Math.max(hi, y);
            lo = Math.min(lo, y);
            total += y;
            last = y;
            n++;
        }
        if (n == 0) {
            shift(1);
            return;
        }
        open[0] = data.y(0);
        high[0] = hi;
        low[0] = lo;
        close[0] = last;
        sum[0] = total;
        points[0] = n;
    }

    private void shift(int n) {
        int rest = count - n;
        System.arraycopy(slot, n, slot, 0, rest);
        System.arraycopy(open, n, open, 0, rest);
        System.arraycopy(high, n, high, 0, rest);
        System.arraycopy(low, n, low, 0, rest);
        System.arraycopy(close, n, close, 0, rest);
        System.arraycopy(sum, n, sum, 0, rest);
        System.arraycopy(points, n, points, 0, rest);
        count = rest;
    }

    private void grow() {
        int n = slot.length * 2;
        slot = Arrays.copyOf(slot, n);
        open = Arrays.copyOf(open, n);
        high = Arrays.copyOf(high, n);
        low = Arrays.copyOf(low, n);
        close = Arrays.copyOf(close, n);
        sum = Arrays.copyOf(sum, n);
        points = Arrays.copyOf(points, n);
    }
}
