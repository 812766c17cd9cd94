package dev.rivulet.modules.analytics;

import dev.rivulet.core.DataType;
import dev.rivulet.core.DoubleWindow;
import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TimeListener;
import dev.rivulet.core.ValueCodec;
import dev.rivulet.core.WindowType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KeyedWindow: one window per key of the records (e.g. per symbol), with an aggregate of a value field.
 *
 * <ul>
 * <li><b>tumbling</b>, size in seconds: windows aligned to multiples of size since 1970 UTC ([start, start+size)),
 * closed by the engine clock: at the first clock tick at or after the window's end the result is sent, one event per
 * key, in the order the keys first arrived. A window with no records sends nothing.</li>
 * <li><b>tumbling</b>, size in events: the result is sent with the size-th record of the key; windowStart and
 * windowEnd are the times of its first and last records.</li>
 * <li><b>sliding</b>: the key's last size seconds (start exclusive) or size records, sent with each record of the key;
 * slide thins that out: with events, every slide-th record of the key; with seconds, a record is sent only when at
 * least slide seconds passed since the key's last output. Clock ticks only forget old values.</li>
 * <li><b>session</b>: a key's window stays open while its records come less than sessionGap seconds apart and is
 * sent at the first clock tick at least sessionGap after its last record; windowEnd is that last time + sessionGap.</li>
 * </ul>
 *
 * <p>Why clock ticks: the engine's time only moves with events and its once-a-second clock, so a window can close
 * no earlier than the next whole second (or the next record of that key, which closes a window whose end has
 * passed). Windows still open when the run stops are not sent; they are kept in state snapshots.
 *
 * <p>Records without the key field, or whose value field is missing or not a number (except for count, which needs
 * no value), are skipped with a one-time notice. At most maxKeys keys have open windows: records of further keys are
 * skipped, with a notice, until windows close (a key's window closing frees its place). Tumbling and session windows
 * keep running figures only (count, sum, min, max), unless a percentile needs every value. Changing a parameter while
 * the canvas runs starts every window afresh, except maxKeys.
 */
public final class KeyedWindow extends ConfiguredModule implements TimeListener {
    private final Input record = mapInput("record").help("The records (maps) to aggregate, e.g. trades.");
    private final Parameter keyField = stringParam("keyField", "key")
        .help("The field whose value names the record's key; each key gets its own windows (e.g. symbol).");
    private final Parameter valueField = stringParam("valueField", "value")
        .help("The numeric field to aggregate (e.g. price). Not needed for count.");
    private final Parameter kind = stringParam("kind", "tumbling")
        .choices("tumbling", "tumbling", "sliding", "sliding", "session", "session")
        .help("tumbling: back-to-back windows, one result each; sliding: the latest size of data, a result per"
            + " record; session: a window per burst of activity, ending after sessionGap seconds of quiet.");
    private final Parameter size = doubleParam("size", 60)
        .help("Window length (tumbling and sliding), a whole number of seconds or events (see sizeUnit).");
    private final Parameter sizeUnit = stringParam("sizeUnit", "seconds")
        .choices("seconds", "seconds", "events", "events")
        .help("Whether size counts seconds or records of the key.");
    private final Parameter slide = doubleParam("slide", 0)
        .help("Sliding windows only: with events, send every slide-th record's result (0 or 1: every record); with"
            + " seconds, send at most one result per key per slide seconds (0: every record).");
    private final Parameter sessionGap = doubleParam("sessionGap", 30)
        .help("Session windows only: seconds of quiet after which a key's session closes and is sent.");
    private final Parameter aggregate = stringParam("aggregate", "avg")
        .choices("count", "count", "sum", "sum", "avg", "avg", "min", "min", "max", "max", "p50", "p50", "p90", "p90",
            "p95", "p95", "p99", "p99", "percentile", "percentile")
        .help("What to compute over each window: count, sum, avg, min, max, a percentile p50..p99, or percentile to"
            + " use the percentile parameter.");
    private final Parameter percentile = doubleParam("percentile", 50)
        .help("With aggregate = percentile: which percentile, above 0 and at most 100.");
    private final Parameter maxKeys = doubleParam("maxKeys", 10000)
        .help("At most this many keys have open windows; records of further keys are skipped (with a notice) until"
            + " windows close.");
    private final Output key = stringOutput("key").help("The key of the window whose result this is.");
    private final Output value = doubleOutput("value").help("The aggregate over the window.");
    private final Output count = doubleOutput("count").help("How many records the window holds.");
    private final Output windowStart = doubleOutput("windowStart")
        .help("Start of the window, in milliseconds since 1970 (UTC).");
    private final Output windowEnd = doubleOutput("windowEnd")
        .help("End of the window, in milliseconds since 1970 (UTC).");

    private enum Kind { TUMBLING, SLIDING, SESSION }

    private final Map<String, KeyState> windows = new LinkedHashMap<>();
    private Kind windowKind = Kind.TUMBLING;
    private boolean inEvents;
    private long length;
    private long slideBy;
    private long gapMillis;
    private int keyLimit;
    private String keyName;
    private String valueName;
    private WindowAggregate agg;
    private String applied;

    @Override
    protected void configure() {
        Kind k = Kind.valueOf(Params.choice(kind, "tumbling", "sliding", "session").toUpperCase(java.util.Locale.ROOT));
        boolean events = Params.choice(sizeUnit, "seconds", "events").equals("events");
        long len = k == Kind.SESSION ? 0 : Params.whole(size, 1, events ? 10_000_000 : 100L * 365 * 86400);
        long sl = k == Kind.SLIDING ? Params.whole(slide, 0, events ? 10_000_000 : 100L * 365 * 86400) : 0;
        long gap = k == Kind.SESSION ? Params.millis(sessionGap, false) : 0;
        WindowAggregate a = WindowAggregate.parse(aggregate, percentile);
        String kf = Params.required(keyField, "symbol");
        String vf = a.kind == WindowAggregate.Kind.COUNT ? valueField.getString().trim()
            : Params.required(valueField, "price");
        keyLimit = (int) Params.whole(maxKeys, 1, 10_000_000);
        String signature = k + "|" + events + "|" + len + "|" + sl + "|" + gap + "|" + a.kind + a.percent + "|" + kf
            + "|" + vf;
        if (!signature.equals(applied)) {
            windows.clear();
        }
        windowKind = k;
        inEvents = events;
        length = len;
        slideBy = sl;
        gapMillis = gap;
        agg = a;
        keyName = kf;
        valueName = vf;
        applied = signature;
    }

    @Override
    protected void process() {
        Map<String, Object> rec = record.getMap();
        String k = Records.key(rec, keyName);
        if (k == null) {
            warnOnce("no-key", "records without the key field \"" + keyName + "\" are skipped");
            return;
        }
        double v = 0;
        if (agg.kind != WindowAggregate.Kind.COUNT) {
            v = Records.number(Records.field(rec, valueName));
            if (Double.isNaN(v)) {
                warnOnce("no-value", "records whose field \"" + valueName + "\" is missing or not a number are"
                    + " skipped");
                return;
            }
        }
        KeyState w = windows.get(k);
        if (w == null) {
            if (windows.size() >= keyLimit) {
                warnOnce("max-keys", "more than maxKeys = " + keyLimit + " keys have open windows; records of new"
                    + " keys are skipped until windows close (raise maxKeys if this is expected)");
                return;
            }
            w = newState(k);
            windows.put(k, w);
        }
        long now = now();
        switch (windowKind) {
            case TUMBLING -> tumble(w, now, v);
            case SESSION -> {
                if (w.count > 0 && now - w.last >= gapMillis) {
                    send(w, w.start, w.last + gapMillis);
                    w.reset();
                }
                w.add(now, v);
            }
            case SLIDING -> slideWindow(w, now, v);
        }
    }

    private void tumble(KeyState w, long now, double v) {
        if (inEvents) {
            w.add(now, v);
            if (w.count >= length) {
                windows.remove(w.key);
                send(w, w.start, w.last);
            }
            return;
        }
        long span = length * 1000;
        if (w.count > 0 && now >= w.start + span) {
            // a record of the key came before the clock tick that would have closed its window
            send(w, w.start, w.start + span);
            w.reset();
        }
        boolean first = w.count == 0;
        w.add(now, v);
        if (first) {
            w.start = Math.floorDiv(now, span) * span;
        }
    }

    private void slideWindow(KeyState w, long now, double v) {
        w.values.add(now, v);
        w.sinceEmit++;
        boolean due;
        if (inEvents) {
            due = w.sinceEmit >= Math.max(1, slideBy);
        } else {
            due = slideBy == 0 || w.lastEmit == Long.MIN_VALUE || now - w.lastEmit >= slideBy * 1000;
        }
        if (due) {
            w.sinceEmit = 0;
            w.lastEmit = now;
            long start = inEvents ? w.values.timeAt(0) : now - length * 1000;
            send(w, start, now);
        }
    }

    @Override
    public void onTime(long epochMillis) {
        if (!isConfigured()) {
            return;
        }
        refreshConfiguration();
        if (inEvents && windowKind != Kind.SESSION) {
            return;
        }
        List<KeyState> closed = new ArrayList<>();
        for (Iterator<KeyState> it = windows.values().iterator(); it.hasNext(); ) {
            KeyState w = it.next();
            boolean close = switch (windowKind) {
                case TUMBLING -> epochMillis >= w.start + length * 1000;
                case SESSION -> epochMillis - w.last >= gapMillis;
                case SLIDING -> {
                    w.values.evict(epochMillis);
                    if (w.values.size() == 0) {
                        it.remove();
                    }
                    yield false;
                }
            };
            if (close) {
                it.remove();
                closed.add(w);
            }
        }
        for (KeyState w : closed) {
            long end = windowKind == Kind.SESSION ? w.last + gapMillis : w.start + length * 1000;
            send(w, w.start, end);
            // each window is an event of its own downstream (a Table gets a row per key)
            propagateNow();
        }
    }

    private void send(KeyState w, long start, long end) {
        key.send(w.key);
        value.send(w.values != null ? agg.of(w.values) : agg.of(w.count, w.sum, w.min, w.max));
        count.send(w.values != null ? w.values.size() : w.count);
        windowStart.send((double) start);
        windowEnd.send((double) end);
    }

    private KeyState newState(String k) {
        DoubleWindow values = null;
        if (windowKind == Kind.SLIDING) {
            values = new DoubleWindow();
            values.configure(length, inEvents ? WindowType.EVENTS : WindowType.SECONDS);
        } else if (agg.needsValues()) {
            values = new DoubleWindow();
            values.configure(0, WindowType.EVENTS);
        }
        return new KeyState(k, values);
    }

    @Override
    public void clearState() {
        windows.clear();
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        ValueCodec.writeString(out, applied == null ? "" : applied);
        out.writeInt(windows.size());
        for (KeyState w : windows.values()) {
            ValueCodec.writeString(out, w.key);
            out.writeLong(w.count);
            out.writeDouble(w.sum);
            out.writeDouble(w.min);
            out.writeDouble(w.max);
            out.writeLong(w.start);
            out.writeLong(w.last);
            out.writeLong(w.sinceEmit);
            out.writeLong(w.lastEmit);
            out.writeBoolean(w.values != null);
            if (w.values != null) {
                w.values.write(out);
            }
        }
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        windows.clear();
        boolean sameSetup = ValueCodec.readString(in).equals(applied);
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            KeyState w = newState(ValueCodec.readString(in));
            w.count = in.readLong();
            w.sum = in.readDouble();
            w.min = in.readDouble();
            w.max = in.readDouble();
            w.start = in.readLong();
            w.last = in.readLong();
            w.sinceEmit = in.readLong();
            w.lastEmit = in.readLong();
            if (in.readBoolean()) {
                (w.values != null ? w.values : new DoubleWindow()).read(in);
            }
            // windows saved under other parameters cannot be continued meaningfully
            if (sameSetup) {
                windows.put(w.key, w);
            }
        }
    }

    /** One key's open window: running figures, and the values themselves when needed. */
    private static final class KeyState {
        final String key;
        final DoubleWindow values;
        long count;
        double sum;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long start;
        long last;
        long sinceEmit;
        long lastEmit = Long.MIN_VALUE;

        KeyState(String key, DoubleWindow values) {
            this.key = key;
            this.values = values;
        }

        void add(long now, double v) {
            if (count == 0) {
                start = now;
            }
            count++;
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            last = now;
            if (values != null) {
                values.add(now, v);
            }
        }

        void reset() {
            count = 0;
            sum = 0;
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
            if (values != null) {
                values.clear();
            }
        }
    }
}
