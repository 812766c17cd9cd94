package dev.rivulet.modules.analytics;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.TimeListener;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JoinByKey: pairs records of two streams that have the same key and arrived at most withinSeconds apart (an interval
 * join). Each record is held for withinSeconds; every record of the other side with the same key that arrives in that
 * time is joined with it, so one record may join several (one joined map per pair, oldest partner first).
 *
 * <p>The joined map has the left record's fields, then the right record's; a right field whose name the left record
 * already has is renamed with rightPrefix, except the key field itself when both sides call it the same (its values
 * are equal by definition). Keys compare by their text, so 7 and "7" match. When a left and a right record arrive in
 * the same event, the left one is handled first, so they join once.
 *
 * <p>Records expire at the first moment (event or clock tick) more than withinSeconds after their arrival; one that
 * never joined is then sent on leftUnmatched or rightUnmatched, each as an event of its own. Each side holds at most
 * maxPending records: beyond that the oldest goes early, as if expired, with a one-time notice.
 */
public final class JoinByKey extends ConfiguredModule implements TimeListener {
    private final Input left = mapInput("left").alwaysReady().help("Records (maps) of the first stream.");
    private final Input right = mapInput("right").alwaysReady().help("Records (maps) of the second stream.");
    private final Parameter leftKey = stringParam("leftKey", "key")
        .help("The field of the left records to join on (e.g. orderId).");
    private final Parameter rightKey = stringParam("rightKey", "key")
        .help("The field of the right records to join on; its values must equal those of leftKey.");
    private final Parameter withinSeconds = doubleParam("withinSeconds", 10)
        .help("How far apart in time two records may arrive and still be joined, in seconds (0: same moment only).");
    private final Parameter rightPrefix = stringParam("rightPrefix", "right_")
        .help("Put before the name of a right field that the left record also has, e.g. price → right_price.");
    private final Parameter maxPending = doubleParam("maxPending", 10000)
        .help("At most this many records are held per side; the oldest go early when more arrive.");
    private final Output joined = output("joined", DataType.MAP)
        .help("A left and a right record merged into one map; sent once for every matching pair.");
    private final Output leftUnmatched = output("leftUnmatched", DataType.MAP)
        .help("A left record that expired without ever being joined.");
    private final Output rightUnmatched = output("rightUnmatched", DataType.MAP)
        .help("A right record that expired without ever being joined.");

    private final JoinBuffer lefts = new JoinBuffer();
    private final JoinBuffer rights = new JoinBuffer();
    private String leftField;
    private String rightField;
    private String prefix;
    private long within;
    private int limit;

    @Override
    protected void configure() {
        leftField = Params.required(leftKey, "orderId");
        rightField = Params.required(rightKey, "orderId");
        within = Params.millis(withinSeconds, true);
        prefix = rightPrefix.getString();
        if (prefix.isEmpty()) {
            throw new dev.rivulet.core.ModuleException("rightPrefix is empty: right fields that clash with left fields"
                + " would overwrite them; give a prefix such as right_");
        }
        limit = (int) Params.whole(maxPending, 1, 10_000_000);
    }

    @Override
    protected void process() {
        long now = now();
        expire(now);
        if (left.wasTriggered()) {
            arrive(left.getMap(), leftField, lefts, rights, true, now);
        }
        if (right.wasTriggered()) {
            arrive(right.getMap(), rightField, rights, lefts, false, now);
        }
    }

    private void arrive(Map<String, Object> rec, String field, JoinBuffer mine, JoinBuffer others, boolean isLeft,
                        long now) {
        String k = Records.key(rec, field);
        if (k == null) {
            warnOnce("no-key-" + (isLeft ? "left" : "right"), (isLeft ? "left" : "right") + " records without the"
                + " key field \"" + field + "\" cannot be joined and are skipped");
            return;
        }
        JoinBuffer.Held self = new JoinBuffer.Held(k, now, rec);
        for (JoinBuffer.Held other : others.withKey(k)) {
            other.matched = true;
            self.matched = true;
            joined.send(isLeft ? merge(rec, other.record) : merge(other.record, rec));
            // one event per pair, so that every pair reaches a Table as a row of its own
            propagateNow();
        }
        if (mine.size() >= limit) {
            warnOnce("max-pending", "more than maxPending = " + limit + " records waiting on one side; the oldest are"
                + " dropped early (raise maxPending or lower withinSeconds)");
            release(mine.removeOldest(), isLeft);
        }
        mine.add(self);
    }

    private Map<String, Object> merge(Map<String, Object> l, Map<String, Object> r) {
        Map<String, Object> m = new LinkedHashMap<>(l);
        boolean sameKeyName = leftField.equals(rightField);
        for (Map.Entry<String, Object> e : r.entrySet()) {
            String name = e.getKey();
            if (sameKeyName && name.equals(rightField)) {
                continue;
            }
            m.put(l.containsKey(name) ? prefix + name : name, e.getValue());
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public void onTime(long epochMillis) {
        if (!isConfigured()) {
            return;
        }
        refreshConfiguration();
        expire(epochMillis);
    }

    /** Drops records more than within old, sending the never-joined ones on. */
    private void expire(long now) {
        long oldest = now - within;
        JoinBuffer.Held h;
        while ((h = lefts.removeOlderThan(oldest)) != null) {
            release(h, true);
        }
        while ((h = rights.removeOlderThan(oldest)) != null) {
            release(h, false);
        }
    }

    private void release(JoinBuffer.Held h, boolean isLeft) {
        if (h.matched) {
            return;
        }
        Output out = isLeft ? leftUnmatched : rightUnmatched;
        if (out.isConnected()) {
            out.send(h.record);
            propagateNow();
        }
    }

    @Override
    public void clearState() {
        lefts.clear();
        rights.clear();
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        lefts.write(out);
        rights.write(out);
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        lefts.read(in);
        rights.read(in);
    }
}
