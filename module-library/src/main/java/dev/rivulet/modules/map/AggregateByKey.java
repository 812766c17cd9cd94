package dev.rivulet.modules.map;

import dev.rivulet.core.DataType;
import dev.rivulet.core.DoubleWindow;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TimeListener;
import dev.rivulet.core.ValueCodec;
import dev.rivulet.core.WindowType;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.OptionNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.modules.list.CollectionValues;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streamr's AggregateByKey, the base of CountByKey and SumByKey: one window per key (windowLength 0, the default, keeps
 * everything: a running total per key), a map of every key's total after each event, and the total of the key that
 * just arrived. With sort, the map is ordered by total (largest first unless the sortOrder option says ascending, ties
 * by key), and maxKeyCount then keeps only that many keys, forgetting the rest, as in Streamr. Without sort, keys keep
 * the order in which they first arrived (Streamr's order was arbitrary) and maxKeyCount has no effect.
 *
 * <p>With a time window, clock ticks expire old values and the map is sent again when that changed a total; a key
 * whose window empties is dropped unless the deleteEmptyKeys option is off. Streamr's later versions kept sort as an
 * option; a saved option "sort" is honoured when the document has no sort parameter. Streamr's minSamples did not
 * apply to these modules, and its stepwise window mode is not offered.
 *
 * <p>The map is sent as a new, unchangeable copy each time (Streamr sent a view of its live map, which changed under
 * the modules that held it); that costs one map per event.
 */
abstract class AggregateByKey extends ModuleInstance implements TimeListener {
    protected final Input key = stringInput("key").help("The key the event counts for.");
    private final Parameter windowLength = doubleParam("windowLength", 0)
        .help("How many events (or time units) each key's window holds; 0 keeps everything.");
    private final Parameter windowType = param("windowType", DataType.STRING, "events")
        .choices("events", "events", "seconds", "seconds", "minutes", "minutes", "hours", "hours", "days", "days")
        .help("Whether the window length counts events or a time span.");
    private final Parameter sort = booleanParam("sort", false)
        .help("Order the map by total, largest first (see the sortOrder option).");
    private final Parameter maxKeyCount = doubleParam("maxKeyCount", 0)
        .help("With sort on: keep only this many keys, those with the largest totals; 0 keeps all.");
    private final Output map = output("map", DataType.MAP).help("Every key with its total.");
    private final Output valueOfCurrentKey = doubleOutput("valueOfCurrentKey")
        .help("The total of the key that just arrived.");

    private final Map<String, Aggregate> byKey = new LinkedHashMap<>();
    private long length;
    private WindowType type = WindowType.EVENTS;
    private double configuredLength = Double.NaN;
    private String configuredType;

    protected AggregateByKey() {
        option("sortOrder", "string", "descending", "With sort on: descending puts the largest totals first, ascending"
            + " the smallest.");
        option("deleteEmptyKeys", "boolean", true, "Drop a key from the map when all its values have left a time"
            + " window (otherwise it stays with total 0).");
    }

    /** The amount this event adds to its key's total (1 for a count, the value for a sum). */
    protected abstract double amount();

    @Override
    protected void onConfiguration(ModuleNode node) {
        OptionNode legacy = node.options.get("sort");
        PortNode own = node.param("sort").orElse(null);
        if (legacy != null && legacy.value != null && (own == null || own.value == null)) {
            sort.setValue(Boolean.parseBoolean(String.valueOf(legacy.value)));
        }
    }

    /** Its onConfiguration reads only the node's parameters, options, ports and extra fields, and changes none. */
    @Override
    public boolean configuredByNodeAlone() {
        return true;
    }

    @Override
    public void initialize() {
        configure();
        CollectionValues.count(maxKeyCount);
        sortOrder();
    }

    /**
     * Applies windowLength and windowType. Called again whenever their values differ from the applied ones: a live
     * change of a non-driving parameter does not mark it triggered, so comparing values is what catches it.
     */
    private void configure() {
        double raw = windowLength.getDouble();
        long len = (long) raw;
        if (len < 0 || len != raw) {
            throw new ModuleException("windowLength must be a whole number of at least 0 (0 = unbounded), got "
                + windowLength.getString());
        }
        WindowType t;
        try {
            t = WindowType.parse(windowType.getString());
        } catch (IllegalArgumentException e) {
            throw new ModuleException(e.getMessage());
        }
        if ((len == 0) != (length == 0)) {
            // between a running total and a window there is no way to carry the totals over
            byKey.clear();
        }
        length = len;
        type = t;
        configuredLength = raw;
        configuredType = windowType.getString();
        for (Aggregate a : byKey.values()) {
            a.window.configure(len, t);
            a.window.evict(now());
        }
    }

    @Override
    public void sendOutput() {
        if (windowLength.getDouble() != configuredLength || !windowType.getString().equals(configuredType)) {
            configure();
        }
        String k = key.getString();
        double add = amount();
        Aggregate a = byKey.get(k);
        if (a == null) {
            a = new Aggregate(length, type);
            byKey.put(k, a);
        }
        a.add(now(), add, length);
        double v = a.total(length);
        sendMap();
        valueOfCurrentKey.send(v);
    }

    @Override
    public void onTime(long epochMillis) {
        if (length == 0 || !type.isTime()) {
            return;
        }
        boolean changed = false;
        boolean dropEmpty = optionBoolean("deleteEmptyKeys");
        for (Iterator<Aggregate> it = byKey.values().iterator(); it.hasNext(); ) {
            DoubleWindow w = it.next().window;
            int before = w.size();
            w.evict(epochMillis);
            if (w.size() != before) {
                changed = true;
                if (w.size() == 0 && dropEmpty) {
                    it.remove();
                }
            }
        }
        if (changed) {
            sendMap();
        }
    }

    private void sendMap() {
        List<Map.Entry<String, Aggregate>> entries = new ArrayList<>(byKey.entrySet());
        if (sort.getBoolean()) {
            boolean ascending = sortOrder();
            entries.sort((x, y) -> {
                int byTotal = Double.compare(x.getValue().total(length), y.getValue().total(length));
                return byTotal != 0 ? (ascending ? byTotal : -byTotal) : x.getKey().compareTo(y.getKey());
            });
            int max = CollectionValues.count(maxKeyCount);
            if (max > 0) {
                while (entries.size() > max) {
                    byKey.remove(entries.remove(entries.size() - 1).getKey());
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Aggregate> e : entries) {
            out.put(e.getKey(), e.getValue().total(length));
        }
        map.send(CollectionValues.freeze(out));
    }

    /** True for ascending. */
    private boolean sortOrder() {
        String o = String.valueOf(option("sortOrder")).trim();
        if (o.equalsIgnoreCase("ascending") || o.equalsIgnoreCase("asc")) {
            return true;
        }
        if (o.equalsIgnoreCase("descending") || o.equalsIgnoreCase("desc")) {
            return false;
        }
        throw new ModuleException("option sortOrder must be ascending or descending, got \"" + o + "\"");
    }

    @Override
    public void clearState() {
        byKey.clear();
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeBoolean(length == 0);
        out.writeInt(byKey.size());
        for (Map.Entry<String, Aggregate> e : byKey.entrySet()) {
            ValueCodec.writeString(out, e.getKey());
            out.writeDouble(e.getValue().running);
            e.getValue().window.write(out);
        }
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        byKey.clear();
        boolean unbounded = in.readBoolean();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String k = ValueCodec.readString(in);
            Aggregate a = new Aggregate(length, type);
            a.running = in.readDouble();
            a.window.read(in);
            if (unbounded == (length == 0)) {
                byKey.put(k, a);
            }
        }
    }

    /** One key's running total (unbounded window) or window of amounts. */
    private static final class Aggregate {
        final DoubleWindow window = new DoubleWindow();
        double running;

        Aggregate(long length, WindowType type) {
            window.configure(length, type);
        }

        void add(long now, double amount, long length) {
            if (length == 0) {
                running += amount;
            } else {
                window.add(now, amount);
            }
        }

        double total(long length) {
            return length == 0 ? running : window.sum();
        }
    }
}
