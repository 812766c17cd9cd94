package dev.rivulet.core;

/**
 * Base for modules with Streamr's window parameters (windowLength, windowType, minSamples): a {@link DoubleWindow}
 * that time windows also trim on every clock tick.
 */
public abstract class WindowedModule extends ModuleInstance implements TimeListener {
    protected final Parameter windowLength = doubleParam("windowLength", 10)
        .help("How many events (or time units) the window holds; 0 keeps everything.");
    protected final Parameter windowType = param("windowType", DataType.STRING, "events")
        .choices("events", "events", "seconds", "seconds", "minutes", "minutes", "hours", "hours", "days", "days")
        .help("Whether the window length counts events or a time span.");
    protected final Parameter minSamples = doubleParam("minSamples", 1)
        .help("No output until the window holds at least this many values.");
    protected final DoubleWindow window = new DoubleWindow();
    private WindowType type = WindowType.EVENTS;

    protected WindowedModule() {
    }

    protected WindowedModule(double defaultLength) {
        windowLength.setValue(defaultLength);
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
    }

    /** Adds a value, and returns whether the window now holds at least minSamples values. */
    protected final boolean addToWindow(double v) {
        if (windowLength.wasTriggered() || windowType.wasTriggered()) {
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
