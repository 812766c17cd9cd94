package dev.rivulet.modules.timeseries;

/**
 * The running minimum (or maximum) of a FIFO window in amortised O(1) per value, allocation-free once grown.
 *
 * <p>It keeps only the values that can still become the extreme: a new value removes every older value it beats
 * (an older, larger value can never be the minimum again while the newer, smaller one is in the window), so the
 * kept values are monotonic and the extreme is always at the front. Each value is pushed and removed at most once.
 * Values are numbered as they arrive; a window that holds the last {@code n} values is followed by dropping front
 * entries numbered before {@code pushed - n}. NaN values are skipped (like Commons Math's Min/Max, which Streamr used).
 *
 * <p>Usage: {@code d.push(v); d.retainLast(window.size()); if (!d.isEmpty()) out.send(d.extreme());}
 */
final class MonotonicDeque {
    private final boolean max;
    private long[] seqs = new long[16];
    private double[] values = new double[16];
    private int head;
    private int size;
    private long pushed;

    MonotonicDeque(boolean max) {
        this.max = max;
    }

    void push(double v) {
        long seq = pushed++;
        if (Double.isNaN(v)) {
            return;
        }
        int mask = values.length - 1;
        while (size > 0) {
            double last = values[(head + size - 1) & mask];
            if (max ? v >= last : v <= last) {
                size--;
            } else {
                break;
            }
        }
        if (size == values.length) {
            grow();
            mask = values.length - 1;
        }
        int idx = (head + size) & mask;
        values[idx] = v;
        seqs[idx] = seq;
        size++;
    }

    /** Forgets values that are no longer among the last {@code n} pushed. */
    void retainLast(int n) {
        long first = pushed - n;
        int mask = values.length - 1;
        while (size > 0 && seqs[head] < first) {
            head = (head + 1) & mask;
            size--;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    double extreme() {
        return values[head];
    }

    void clear() {
        head = 0;
        size = 0;
        pushed = 0;
    }

    private void grow() {
        double[] nv = new double[values.length * 2];
        long[] ns = new long[seqs.length * 2];
        int mask = values.length - 1;
        for (int i = 0; i < size; i++) {
            nv[i] = values[(head + i) & mask];
            ns[i] = seqs[(head + i) & mask];
        }
        values = nv;
        seqs = ns;
        head = 0;
    }
}
