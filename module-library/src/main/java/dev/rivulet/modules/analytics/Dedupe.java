package dev.rivulet.modules.analytics;

import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TimeListener;
import dev.rivulet.core.ValueCodec;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dedupe: passes a value only if the same value (or, with keyField, a record with the same key) has not passed within
 * the last withinSeconds. The time counts from when the earlier one passed; repeats that were dropped do not extend
 * it. withinSeconds 0 remembers every key for the whole run (up to maxKeys).
 *
 * <p>Values compare by content: numbers by value, texts exactly, maps and lists field by field; with keyField, keys
 * compare by their text (7 and "7" are the same). A record without the key field cannot be a duplicate and passes.
 * At most maxKeys keys are remembered: beyond that the one that passed longest ago is forgotten, with a one-time
 * notice. Clock ticks forget keys older than withinSeconds, so memory follows the traffic of that span.
 */
public final class Dedupe extends ConfiguredModule implements TimeListener {
    private final Input in = anyInput("in").help("Values or records that may repeat.");
    private final Parameter keyField = stringParam("keyField", "")
        .help("Optional: for records (maps), the field that identifies a record (e.g. eventId). Empty: the whole"
            + " value is compared.");
    private final Parameter withinSeconds = doubleParam("withinSeconds", 60)
        .help("How long a passed value blocks its repeats, in seconds; 0 blocks them for the whole run.");
    private final Parameter maxKeys = doubleParam("maxKeys", 100000)
        .help("At most this many values (or keys) are remembered; the oldest are forgotten first.");
    private final Output out = anyOutput("out").help("The values that are not repeats.");
    private final Output duplicate = output("duplicate", dev.rivulet.core.DataType.BOOLEAN)
        .help("For every value: true when it was dropped as a repeat, false when it passed.");

    /** Key → time it passed; ordered by that time, oldest first (re-inserted on each pass). */
    private final LinkedHashMap<Object, Long> seen = new LinkedHashMap<>();
    private String field;
    private long within;
    private int limit;

    @Override
    protected void configure() {
        field = keyField.getString().trim();
        within = Params.millis(withinSeconds, true);
        limit = (int) Params.whole(maxKeys, 1, 100_000_000);
    }

    @Override
    protected void process() {
        long now = now();
        forgetOld(now);
        Object k = keyOf();
        if (k != null) {
            Long passed = seen.get(k);
            if (passed != null) {
                duplicate.send(true);
                return;
            }
            seen.put(k, now);
            if (seen.size() > limit) {
                warnOnce("max-keys", "more than maxKeys = " + limit + " values remembered; the oldest are forgotten"
                    + " and their repeats may pass");
                Iterator<Object> it = seen.keySet().iterator();
                it.next();
                it.remove();
            }
        }
        out.sendFrom(in);
        duplicate.send(false);
    }

    /** What identifies the value, or null when it cannot be told apart (record without the key field). */
    private Object keyOf() {
        if (!field.isEmpty()) {
            Object v = in.getValue();
            return v instanceof Map<?, ?> m ? Records.key(castMap(m), field) : null;
        }
        if (in.isDoubleValue()) {
            double d = in.getDouble();
            return d == 0 ? 0.0 : d; // -0 and 0 are one value
        }
        Object v = in.getValue();
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        // maps and lists with numbers as Doubles throughout, so that 1 and 1.0 (and a restored snapshot) agree
        return v instanceof Map<?, ?> || v instanceof java.util.List<?> ? JsonValues.normalize(v) : v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private void forgetOld(long now) {
        if (within == 0) {
            return;
        }
        for (Iterator<Long> it = seen.values().iterator(); it.hasNext(); ) {
            if (now - it.next() >= within) {
                it.remove();
            } else {
                break;
            }
        }
    }

    @Override
    public void onTime(long epochMillis) {
        if (isConfigured()) {
            refreshConfiguration();
            forgetOld(epochMillis);
        }
    }

    @Override
    public void clearState() {
        seen.clear();
    }

    @Override
    protected void writeState(DataOutput o) throws IOException {
        o.writeInt(seen.size());
        for (Map.Entry<Object, Long> e : seen.entrySet()) {
            ValueCodec.write(o, e.getKey());
            o.writeLong(e.getValue());
        }
    }

    @Override
    protected void readState(DataInput din) throws IOException {
        seen.clear();
        int n = din.readInt();
        for (int i = 0; i < n; i++) {
            Object k = ValueCodec.read(din);
            seen.put(k, din.readLong());
        }
    }
}
