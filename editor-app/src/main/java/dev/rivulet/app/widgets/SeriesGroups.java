package dev.rivulet.app.widgets;

/**
 * One series' points in a time range, grouped into equal time slots: per non-empty slot its start time, first (open),
 * highest, lowest and last (close) value, sum and count. With no more points than slots every point is its own group
 * (at its own time), so zooming in shows the raw data.
 *
 * <pre>{@code
 * SeriesGroups g = SeriesGroups.of(buffer, from, to, 800);   // at most 800 groups
 * for (int i = 0; i < g.count(); i++) draw(g.time(i), g.low(i), g.high(i));
 * }</pre>
 */
final class SeriesGroups {
    private final double[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] sum;
    private final int[] points;
    private final int count;

    private SeriesGroups(double[][] arrays, int[] points, int count) {
        this.time = arrays[0];
        this.open = arrays[1];
        this.high = arrays[2];
        this.low = arrays[3];
        this.close = arrays[4];
        this.sum = arrays[5];
        this.points = points;
        this.count = count;
    }

    /** Groups given as arrays (copied; the first {@code count} entries of each): start time, open, high, low, close, sum. */
    static SeriesGroups copyOf(double[] time, double[] open, double[] high, double[] low, double[] close, double[] sum,
                               int[] points, int count) {
        double[][] a = {java.util.Arrays.copyOf(time, count), java.util.Arrays.copyOf(open, count),
            java.util.Arrays.copyOf(high, count), java.util.Arrays.copyOf(low, count),
            java.util.Arrays.copyOf(close, count), java.util.Arrays.copyOf(sum, count)};
        return new SeriesGroups(a, java.util.Arrays.copyOf(points, count), count);
    }

    /**
     * Groups of groups: the groups of {@code fine} that start in [from, to] merged into {@code slots} equal time slots
     * (a coarser overview of data already grouped, without going back to the points).
     */
    static SeriesGroups merge(SeriesGroups fine, double from, double to, int slots) {
        slots = Math.max(1, slots);
        double width = (to - from) / slots;
        Builder b = new Builder(false, Math.min(slots, fine.count), from, width, slots);
        for (int i = 0; i < fine.count; i++) {
            if (fine.time[i] >= from && fine.time[i] <= to) {
                b.group(fine.time[i], fine.open[i], fine.high[i], fine.low[i], fine.close[i], fine.sum[i],
                    fine.points[i]);
            }
        }
        return new SeriesGroups(b.a, b.counts, b.g + 1);
    }

    /** Groups the points with {@code from <= time <= to}. */
    static SeriesGroups of(SeriesBuffer data, double from, double to, int slots) {
        int first = data.firstAtOrAfter(from);
        int end = data.firstAtOrAfter(Math.nextUp(to));
        int n = Math.max(0, end - first);
        slots = Math.max(1, slots);
        Builder b = new Builder(n <= slots, n <= slots ? n : slots, from, (to - from) / slots, slots);
        // the ring holds the range in at most two contiguous runs: scan them without per-point index math
        double[] xs = data.xs();
        double[] ys = data.ys();
        if (n > 0) {
            int p0 = data.physical(first);
            int p1 = data.physical(end - 1);
            if (p0 <= p1) {
                b.scan(xs, ys, p0, p1 + 1);
            } else {
                b.scan(xs, ys, p0, xs.length);
                b.scan(xs, ys, 0, p1 + 1);
            }
        }
        return new SeriesGroups(b.a, b.counts, b.g + 1);
    }

    /** Accumulates groups over runs of points; a new slot starts when a point reaches the current slot's end. */
    private static final class Builder {
        final boolean raw;
        final double from;
        final double width;
        final int slots;
        final double[][] a;
        final int[] counts;
        int g = -1;
        double slotEnd = -Double.MAX_VALUE;
        long lastSlot = -1;

        Builder(boolean raw, int capacity, double from, double width, int slots) {
            this.raw = raw;
            this.from = from;
            this.width = width;
            this.slots = slots;
            a = new double[6][capacity];
            counts = new int[capacity];
        }

        /** Adds a whole group (its start time and figures) as if its points came one by one. */
        void group(double x, double first, double highest, double lowest, double last, double total, int n) {
            if (g < 0 || x >= slotEnd) {
                g++;
                long slot = width > 0 ? Math.min(slots - 1, (long) ((x - from) / width)) : 0;
                slot = Math.max(slot, lastSlot + 1);
                lastSlot = slot;
                a[0][g] = from + slot * width;
                slotEnd = slot == slots - 1 ? Double.MAX_VALUE : from + (slot + 1) * width;
                a[1][g] = first;
                a[2][g] = highest;
                a[3][g] = lowest;
            } else {
                a[2][g] = Math.max(a[2][g], highest);
                a[3][g] = Math.min(a[3][g], lowest);
            }
            a[4][g] = last;
            a[5][g] += total;
            counts[g] += n;
        }

        void scan(double[] xs, double[] ys, int begin, int stop) {
            double[] time = a[0];
            double[] open = a[1];
            double[] high = a[2];
            double[] low = a[3];
            double[] close = a[4];
            double[] sum = a[5];
            int gi = g;
            double end = slotEnd;
            for (int p = begin; p < stop; p++) {
                double x = xs[p];
                double y = ys[p];
                if (raw || x >= end || gi < 0) {
                    gi++;
                    if (raw) {
                        time[gi] = x;
                    } else {
                        long slot = width > 0 ? Math.min(slots - 1, (long) ((x - from) / width)) : 0;
                        // a point on a slot's end, rounded down into the slot just closed, opens the next one
                        slot = Math.max(slot, lastSlot + 1);
                        lastSlot = slot;
                        time[gi] = from + slot * width;
                        end = slot == slots - 1 ? Double.MAX_VALUE : from + (slot + 1) * width;
                    }
                    open[gi] = y;
                    high[gi] = y;
                    low[gi] = y;
                } else {
                    if (y > high[gi]) {
                        high[gi] = y;
                    }
                    if (y < low[gi]) {
                        low[gi] = y;
                    }
                }
                close[gi] = y;
                sum[gi] += y;
                counts[gi]++;
            }
            g = gi;
            slotEnd = end;
        }
    }

    int count() {
        return count;
    }

    double time(int i) {
        return time[i];
    }

    double open(int i) {
        return open[i];
    }

    double high(int i) {
        return high[i];
    }

    double low(int i) {
        return low[i];
    }

    double close(int i) {
        return close[i];
    }

    double average(int i) {
        return sum[i] / points[i];
    }

    int points(int i) {
        return points[i];
    }
}
