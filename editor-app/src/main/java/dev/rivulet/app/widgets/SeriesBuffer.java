package dev.rivulet.app.widgets;

/**
 * The newest {@code capacity} points of one chart series, in time order, in two primitive ring arrays (16 bytes a
 * point; a million points is 16 MB and appending never allocates). Times are expected not to decrease (engine time
 * is monotonic); {@link #firstAtOrAfter} relies on it.
 */
final class SeriesBuffer {
    private final double[] x;
    private final double[] y;
    private int start;
    private int size;
    /** Points added since the last clear, kept or not: tells incremental readers what is new and what has left. */
    private long appended;

    SeriesBuffer(int capacity) {
        x = new double[Math.max(2, capacity)];
        y = new double[x.length];
    }

    void add(double time, double value) {
        int i = start + size;
        if (i >= x.length) {
            i -= x.length;
        }
        x[i] = time;
        y[i] = value;
        appended++;
        if (size < x.length) {
            size++;
        } else if (++start == x.length) {
            start = 0;
        }
    }

    int size() {
        return size;
    }

    /** Points added since the last clear; the kept ones are the last {@link #size()} of them. */
    long appended() {
        return appended;
    }

    int capacity() {
        return x.length;
    }

    /** Time of the i-th kept point, oldest first. */
    double x(int i) {
        int j = start + i;
        return x[j >= x.length ? j - x.length : j];
    }

    double y(int i) {
        int j = start + i;
        return y[j >= y.length ? j - y.length : j];
    }

    /** Index of the first point at or after {@code time} ({@link #size()} if none). */
    int firstAtOrAfter(double time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x(mid) < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The ring arrays and the physical index of logical point i, for scans that must not pay per-point index math. */
    double[] xs() {
        return x;
    }

    double[] ys() {
        return y;
    }

    int physical(int i) {
        int j = start + i;
        return j >= x.length ? j - x.length : j;
    }

    void clear() {
        start = 0;
        size = 0;
        appended = 0;
    }
}
