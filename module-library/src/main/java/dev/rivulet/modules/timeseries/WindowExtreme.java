package dev.rivulet.modules.timeseries;

import java.io.DataInput;
import java.io.IOException;

/**
 * Min (window) and Max (window): the extreme of the values in the sliding window, kept by a {@link MonotonicDeque}
 * in step with the window (O(1) amortised per value, instead of rescanning the window on every event).
 */
public abstract class WindowExtreme extends SlidingStatistic {
    private final MonotonicDeque deque;

    protected WindowExtreme(boolean max, String inHelp, String outHelp) {
        super(inHelp, outHelp);
        deque = new MonotonicDeque(max);
    }

    @Override
    protected final void added(double v) {
        deque.push(v);
        deque.retainLast(window.size());
    }

    @Override
    protected final void evicted() {
        deque.retainLast(window.size());
    }

    @Override
    protected final void emit() {
        // an empty window or one holding only NaN has no extreme; Streamr sent nothing then either
        if (!deque.isEmpty()) {
            out.send(deque.extreme());
        }
    }

    @Override
    public void clearState() {
        super.clearState();
        deque.clear();
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        super.readState(in);
        deque.clear();
        for (int i = 0; i < window.size(); i++) {
            deque.push(window.get(i));
        }
    }
}
