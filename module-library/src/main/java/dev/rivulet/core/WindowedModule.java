package dev.rivulet.core;

/**
 * Base for modules with Streamr's window parameters (windowLength, windowType, minSamples): a {@link DoubleWindow}
 * that time windows also trim on every clock tick.
 */
public abstract class WindowedModule extends ModuleInstance implements TimeListener {
    protected final Parameter windowLength;
    protected final Parameter windowType;
    protected final Parameter minSamples;
    protected final DoubleWindow window = new DoubleWindow();
    private WindowType type = WindowType.EVENTS;
    private double configuredLength = Double.NaN;
    private Object configuredType;

    /** Window of 10 events, output from the first value. */
    protected WindowedModule() {
        this(10, 1);
    }

    /** @param defaultLength 0 for an unbounded window (Streamr's default for Sum and Count) */
    protected WindowedModule(double defaultLength, double defaultMinSamples) {
        windowLength = doubleParam("windowLength", defaultLength)
            .help("How many events (or time units) the window holds; 0 keeps everything.");
        windowType = param("windowType", DataType.STRING, "events")
            .choices("events", "events", "seconds", "seconds", "minutes", "minutes", "hours", "hours", "days", "days")
            .help("Whether the window length counts events or a time span.");
        minSamples = doubleParam("minSamples", defaultMinSamples)
            .help("No output until the window holds at least this many values.");
    }

    @Override
    public void initialize() {
        configureWindow();
    }

    private void configureWindow() {
        double raw = windowLength.getDouble();
        long len = (long) raw;
        if (len < 0 || len != raw) {
            throw new ModuleException("windowLength must be a whole number of at least 0 (0 = unbounded), got "
                + windowLength.getString());
        }
        type = WindowType.parse(windowType.getString());
        window.configure(len, type);
        configuredLength = raw;
        configuredType = windowType.getValue();
    }

    /** Adds a value, and returns whether the window now holds at least minSamples values. */
    protected final boolean addToWindow(double v) {
        // compared, not "was triggered": a live change of a non-driving parameter must take effect too
        if (windowLength.getDouble() != configuredLength || windowType.getValue() != configuredType) {
            configureWindow();
        }
        window.add(now(), v);
        return window.size() >= minSamples.getDouble();
    }

    @Override
    public void onTime(long epochMillis) {
        if (type.isTime()) {
            window.evict(epochMillis);
        }
    }

    @Override
    public void clearState() {
        window.clear();
    }

    @Override
    protected void writeState(java.io.DataOutput out) throws java.io.IOException {
        window.write(out);
    }

    @Override
    protected void readState(java.io.DataInput in) throws java.io.IOException {
        window.read(in);
    }
}
