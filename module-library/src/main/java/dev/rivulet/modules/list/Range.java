package dev.rivulet.modules.list;

import dev.rivulet.core.DataType;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Pullable;
import java.util.ArrayList;
import java.util.List;

/**
 * Streamr's Range: the numbers from {@code from} to {@code to} (both included when reached) in steps of {@code step}.
 * The sign of step is ignored; the direction follows from and to, as in Streamr. Downstream inputs can always pull the
 * list; the parameters are driving (as for Constant), so a change while the canvas runs sends the new list.
 *
 * <p>Items are computed as from + i*step rather than by repeated addition (Streamr's way), so that rounding cannot
 * drop or add the last item (0 to 1 in steps of 0.1 gives 11 items).
 */
public final class Range extends ModuleInstance implements Pullable {
    /** Largest list Range and RepeatItem build; beyond it a typo (step 0.0001 instead of 1) would exhaust memory. */
    static final int MAX_ITEMS = 1_000_000;
    private static final double DELTA = 1e-9;

    private final Parameter from = doubleParam("from", 0).driving().help("The first number.");
    private final Parameter to = doubleParam("to", 100).driving()
        .help("The last number (included when the steps land on it). May be below 'from' to count down.");
    private final Parameter step = doubleParam("step", 1).driving()
        .help("The distance between consecutive numbers (its sign is ignored).");
    private final Output out = output("out", DataType.LIST).help("The list of numbers.");

    private double cachedFrom = Double.NaN;
    private double cachedTo = Double.NaN;
    private double cachedStep = Double.NaN;
    private List<Object> cached = CollectionValues.EMPTY_LIST;

    @Override
    public void initialize() {
        sequence();
    }

    @Override
    public void sendOutput() {
        out.send(sequence());
    }

    /** A bad value cannot be pulled (pulling happens while the canvas is wired); initialize() reports it instead. */
    @Override
    public Object pull(Output output) {
        try {
            return sequence();
        } catch (RuntimeException e) {
            return CollectionValues.EMPTY_LIST;
        }
    }

    private List<Object> sequence() {
        double a = from.getDouble();
        double b = to.getDouble();
        double s = Math.abs(step.getDouble());
        if (a == cachedFrom && b == cachedTo && s == cachedStep) {
            return cached;
        }
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(s)) {
            throw new ModuleException("from, to and step must be finite numbers");
        }
        if (s < DELTA) {
            throw new ModuleException("step must not be 0");
        }
        double steps = Math.floor(Math.abs(b - a) / s + DELTA);
        if (steps + 1 > MAX_ITEMS) {
            throw new ModuleException("the range would hold " + (long) (steps + 1) + " numbers; at most " + MAX_ITEMS
                + " are allowed (check step)");
        }
        double signed = b >= a ? s : -s;
        int n = (int) steps + 1;
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(a + i * signed);
        }
        cached = CollectionValues.freeze(list);
        cachedFrom = a;
        cachedTo = b;
        cachedStep = s;
        return cached;
    }
}
