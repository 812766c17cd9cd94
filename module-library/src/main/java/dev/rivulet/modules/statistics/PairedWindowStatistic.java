package dev.rivulet.modules.statistics;

import dev.rivulet.core.DoubleWindow;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.WindowType;
import dev.rivulet.core.WindowedModule;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Base for Streamr's two-input window statistics (Correlation, Covariance, SpearmansRankCorrelation,
 * UnivariateLinearRegression): inputs inX and inY, and windowLength, windowType and minSamples as in Streamr (an
 * unbounded window by default).
 *
 * <p>Each activation adds one (x, y) pair: the values the two inputs hold at that moment, whichever of them fired
 * (Streamr's BivariateStatisticAdapter). X and y are kept in two windows that receive the same timestamps, so they
 * evict in lockstep and always hold the same pairs; minSamples counts pairs.
 *
 * <p>Pearson's correlation, the covariance and the regression all follow from one Commons Math
 * {@link SimpleRegression} (centred sums of squares and cross products). It is updated in place while pairs are only
 * added, and rebuilt from the windows when pairs expire, so a sliding window does not accumulate rounding drift from
 * removing data. An unbounded window whose length is not connected keeps no pairs at all, only the regression, unless
 * the subclass needs the values themselves ({@link #needsValues()}, for ranks).
 */
public abstract class PairedWindowStatistic extends WindowedModule {
    protected final Input inX;
    protected final Input inY;
    private final DoubleWindow yWindow = new DoubleWindow();
    /** The pairs in the window as a regression; not maintained when the subclass needs the values. */
    protected final SimpleRegression regression = new SimpleRegression();
    private boolean storeless;
    private String configError;

    protected PairedWindowStatistic(double defaultMinSamples, String xHelp, String yHelp) {
        super(0, defaultMinSamples);
        inX = doubleInput("inX").help(xHelp);
        inY = doubleInput("inY").help(yHelp);
    }

    /** Sends the statistic of the current pairs; called once the window holds minSamples pairs. */
    protected abstract void emit(int pairs);

    /** True when the statistic needs the values themselves (ranks), so even an unbounded window keeps them. */
    protected boolean needsValues() {
        return false;
    }

    @Override
    public void initialize() {
        try {
            super.initialize();
            checkMinSamples();
            configureY();
            storeless = !needsValues() && windowLength.getDouble() == 0 && !windowLength.isConnected();
            configError = null;
        } catch (RuntimeException e) {
            configError = e.getMessage();
            throw e;
        }
    }

    private void configureY() {
        yWindow.configure((long) windowLength.getDouble(), WindowType.parse(windowType.getString()));
    }

    private void checkMinSamples() {
        if (!(minSamples.getDouble() >= 0)) {
            throw new ModuleException("minSamples must be zero or more, got " + minSamples.getString());
        }
    }

    @Override
    public final void sendOutput() {
        if (configError != null) {
            throw new ModuleException(configError);
        }
        checkMinSamples();
        double x = inX.getDouble();
        double y = inY.getDouble();
        if (storeless) {
            if (windowLength.getDouble() == 0) {
                regression.addData(x, y);
                if (regression.getN() >= minSamples.getDouble()) {
                    emit((int) Math.min(Integer.MAX_VALUE, regression.getN()));
                }
                return;
            }
            // the length was changed while running: from now on keep a window, starting empty
            storeless = false;
            regression.clear();
        }
        int before = window.size();
        boolean ready = addToWindow(x);
        if (windowLength.wasTriggered() || windowType.wasTriggered()) {
            configureY();
        }
        yWindow.add(now(), y);
        if (!needsValues()) {
            if (window.size() == before + 1) {
                regression.addData(x, y);
            } else {
                rebuildRegression();
            }
        }
        if (ready) {
            emit(window.size());
        }
    }

    private void rebuildRegression() {
        regression.clear();
        for (int i = 0; i < window.size(); i++) {
            regression.addData(window.get(i), yWindow.get(i));
        }
    }

    /** Copies the x values of the window into {@code into} (at least {@link DoubleWindow#size()} long). */
    protected final void copyX(double[] into) {
        for (int i = 0; i < window.size(); i++) {
            into[i] = window.get(i);
        }
    }

    protected final void copyY(double[] into) {
        for (int i = 0; i < yWindow.size(); i++) {
            into[i] = yWindow.get(i);
        }
    }

    @Override
    public void onTime(long epochMillis) {
        int before = window.size();
        super.onTime(epochMillis);
        if (storeless || configError != null || window.size() == before) {
            return;
        }
        yWindow.evict(epochMillis);
        if (!needsValues()) {
            rebuildRegression();
        }
        if (window.size() >= minSamples.getDouble()) {
            emit(window.size());
        }
    }

    @Override
    public void clearState() {
        super.clearState();
        yWindow.clear();
        regression.clear();
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeBoolean(storeless);
        if (storeless) {
            RunningState.write(o, regression);
        } else {
            window.write(o);
            yWindow.write(o);
        }
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        if (i.readBoolean()) {
            SimpleRegression saved = RunningState.read(i, SimpleRegression.class);
            regression.clear();
            regression.append(saved);
            storeless = true;
        } else {
            window.read(i);
            yWindow.read(i);
            storeless = false;
            if (!needsValues()) {
                rebuildRegression();
            }
        }
    }
}
