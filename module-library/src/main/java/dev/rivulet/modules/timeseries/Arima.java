package dev.rivulet.modules.timeseries;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Streamr's ARIMA: evaluates an ARIMA(p, d, q) model with coefficients the user supplies; like Streamr's module it
 * does not fit them. The options "AR(p)", "I(d)" and "MA(q)" set the orders and create the coefficient parameters
 * ar1..arP and ma1..maQ (all 0 until set).
 *
 * <p>Each value x is differenced d times (the first d values only prime the differencing, and send nothing). With w
 * the differenced series and e the errors of earlier predictions (e = x - predicted x, 0 before the first), the
 * prediction of the next differenced value is
 * <pre>  ŵ = ar1·w[t] + ... + arP·w[t-p+1] + ma1·e[t] + ... + maQ·e[t-q+1]</pre>
 * (no constant term), undone d times onto the current levels, and sent as pred: the forecast of the next x. It is sent
 * once p differenced values have been seen. So ARIMA(0,1,0) predicts that the next value equals the current one.
 * This is exactly Streamr's computation, including its order of coefficients (ar1 weighs the newest value).
 */
public final class Arima extends ModuleInstance {
    private static final String AR = "AR(p)";
    private static final String I = "I(d)";
    private static final String MA = "MA(q)";
    private static final int MAX_ORDER = 100;

    private final Input in = doubleInput("in").help("The series to forecast.");
    private final Output pred = doubleOutput("pred").help("Forecast of the next value of the series.");

    private Parameter[] arParams = new Parameter[0];
    private Parameter[] maParams = new Parameter[0];
    private int d;
    private String configError;

    /** prev[k]: latest value at differencing level k (level 0 = the raw series); primed levels so far. */
    private double[] prev = new double[0];
    private int primed;
    /** The last p differenced values and the last q errors, oldest first. */
    private double[] values = new double[0];
    private int valueCount;
    private double[] errors = new double[0];
    private boolean hasPrediction;
    private double lastPrediction;

    public Arima() {
        option(AR, "int", 0, "Order p of the autoregressive part: adds parameters ar1..arP.");
        option(I, "int", 0, "Order d of differencing: how many times the series is differenced before modelling.");
        option(MA, "int", 0, "Order q of the moving-average part: adds parameters ma1..maQ.");
    }

    @Override
    protected void onConfiguration(ModuleNode node) {
        int p;
        int q;
        try {
            p = order(AR);
            d = order(I);
            q = order(MA);
        } catch (ModuleException e) {
            // reported on start: configuration must not throw, or the canvas would not load
            configError = e.getMessage();
            return;
        }
        arParams = new Parameter[p];
        for (int k = 1; k <= p; k++) {
            arParams[k - 1] = coefficient(node, "ar" + k, "Weight of the differenced value " + (k - 1)
                + " steps back (ar1 weighs the newest).");
        }
        maParams = new Parameter[q];
        for (int k = 1; k <= q; k++) {
            maParams[k - 1] = coefficient(node, "ma" + k, "Weight of the prediction error " + (k - 1)
                + " steps back (ma1 weighs the newest).");
        }
        prev = new double[d];
        values = new double[p];
        errors = new double[q];
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    private int order(String name) {
        Object v = option(name);
        double o;
        try {
            o = v instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw new ModuleException(name + " must be a whole number from 0 to " + MAX_ORDER + ", got \"" + v + "\"");
        }
        if (!(o >= 0 && o <= MAX_ORDER) || o != Math.rint(o)) {
            throw new ModuleException(name + " must be a whole number from 0 to " + MAX_ORDER + ", got " + v);
        }
        return (int) o;
    }

    /** A coefficient parameter; its saved value is applied here, since it did not exist when params were read. */
    private Parameter coefficient(ModuleNode node, String name, String help) {
        Parameter param = doubleParam(name, 0).help(help);
        Object saved = node.param(name).map((PortNode pn) -> pn.value).orElse(null);
        if (saved instanceof Number n) {
            param.setValue(n.doubleValue());
        } else if (saved != null) {
            try {
                param.setValue(Double.parseDouble(String.valueOf(saved).trim()));
            } catch (NumberFormatException e) {
                configError = "parameter " + name + ": \"" + saved + "\" is not a number";
            }
        }
        return param;
    }

    @Override
    public void initialize() {
        if (configError != null) {
            throw new ModuleException(configError);
        }
    }

    @Override
    public void sendOutput() {
        if (configError != null) {
            throw new ModuleException(configError);
        }
        double x = in.getDouble();
        double w = x;
        for (int k = 0; k < d; k++) {
            if (k == primed) {
                prev[k] = w;
                primed++;
                return;
            }
            double diff = w - prev[k];
            prev[k] = w;
            w = diff;
        }
        int p = values.length;
        if (p > 0) {
            if (valueCount == p) {
                System.arraycopy(values, 1, values, 0, p - 1);
                values[p - 1] = w;
            } else {
                values[valueCount++] = w;
            }
        }
        int q = errors.length;
        if (hasPrediction && q > 0) {
            System.arraycopy(errors, 1, errors, 0, q - 1);
            errors[q - 1] = x - lastPrediction;
        }
        if (valueCount < p) {
            return;
        }
        double forecast = 0;
        for (int i = 0; i < p; i++) {
            forecast += values[i] * arParams[p - 1 - i].getDouble();
        }
        for (int i = 0; i < q; i++) {
            forecast += errors[i] * maParams[q - 1 - i].getDouble();
        }
        // undo the differencing: add the current value of each level, innermost first
        for (int k = d - 1; k >= 0; k--) {
            forecast += prev[k];
        }
        pred.send(forecast);
        hasPrediction = true;
        lastPrediction = forecast;
    }

    @Override
    public void clearState() {
        primed = 0;
        valueCount = 0;
        java.util.Arrays.fill(errors, 0);
        hasPrediction = false;
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeInt(prev.length);
        o.writeInt(primed);
        for (double v : prev) {
            o.writeDouble(v);
        }
        o.writeInt(values.length);
        o.writeInt(valueCount);
        for (double v : values) {
            o.writeDouble(v);
        }
        o.writeInt(errors.length);
        for (double v : errors) {
            o.writeDouble(v);
        }
        o.writeBoolean(hasPrediction);
        o.writeDouble(lastPrediction);
    }

    @Override
    protected void readState(DataInput i) throws IOException {
        double[] savedPrev = readArray(i);
        int savedPrimed = readCount(i, savedPrev);
        double[] savedValues = readArray(i);
        int savedCount = readCount(i, savedValues);
        double[] savedErrors = readArray(i);
        for (int k = 0; k < savedErrors.length; k++) {
            savedErrors[k] = i.readDouble();
        }
        boolean savedHasPrediction = i.readBoolean();
        double savedPrediction = i.readDouble();
        if (savedPrev.length != prev.length || savedValues.length != values.length
            || savedErrors.length != errors.length) {
            // the model's orders changed since the snapshot: its history does not fit, start fresh
            clearState();
            return;
        }
        prev = savedPrev;
        primed = savedPrimed;
        values = savedValues;
        valueCount = savedCount;
        errors = savedErrors;
        hasPrediction = savedHasPrediction;
        lastPrediction = savedPrediction;
    }

    private static double[] readArray(DataInput i) throws IOException {
        int n = i.readInt();
        if (n < 0 || n > MAX_ORDER) {
            throw new IOException("bad ARIMA state: order " + n);
        }
        return new double[n];
    }

    private static int readCount(DataInput i, double[] into) throws IOException {
        int count = i.readInt();
        for (int k = 0; k < into.length; k++) {
            into[k] = i.readDouble();
        }
        return count;
    }
}
