package dev.rivulet.modules.analytics;

import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;
import dev.rivulet.core.Values;
import dev.rivulet.core.ValueCodec;
import dev.rivulet.modules.list.CollectionValues;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;

/**
 * ChangeDetection: sends something only when a value differs from the one before it, with both values; with field,
 * watches one field of records (a status, a level) and sends the whole record too.
 *
 * <p>Values compare by content (numbers by value, maps and lists item by item). With tolerance above 0, numbers count
 * as changed only when they moved by more than tolerance from the last value reported as a change, so slow drifts are
 * still caught once they add up; previous is then that last reported value. The first value is only remembered,
 * unless emitFirst is on (then it is sent without previous). A record lacking the field is ignored, with a one-time
 * notice.
 */
public final class ChangeDetection extends ConfiguredModule {
    private final Input in = anyInput("in").help("The values (or records) to watch.");
    private final Parameter field = stringParam("field", "")
        .help("Optional: the field of the records to watch (e.g. status). Empty: watch the whole value.");
    private final Parameter tolerance = doubleParam("tolerance", 0)
        .help("For numbers: a change must be larger than this to count (0: any difference counts).");
    private final Parameter emitFirst = booleanParam("emitFirst", false)
        .help("Also report the very first value, as a change from nothing.");
    private final Output current = anyOutput("current").help("The new value, sent when it changed.");
    private final Output previous = anyOutput("previous").help("The value before the change.");
    private final Output record = anyOutput("record")
        .help("The whole value that arrived with the change (the record, when field is set).");

    private boolean hasRef;
    private boolean refIsDouble;
    private double refDouble;
    private Object refObject;
    private String fieldName;
    private double tol;

    @Override
    protected void configure() {
        fieldName = field.getString().trim();
        tol = tolerance.getDouble();
        if (!(tol >= 0) || Double.isInfinite(tol)) {
            throw new ModuleException("tolerance must be a number of at least 0, got " + tolerance.getString());
        }
    }

    @Override
    protected void process() {
        if (fieldName.isEmpty() && in.isDoubleValue()) {
            double v = in.getDouble();
            if (hasRef && refIsDouble && !numberChanged(refDouble, v)) {
                return;
            }
            report(v, null, true);
            return;
        }
        Object v = in.getValue();
        if (!fieldName.isEmpty()) {
            if (!(v instanceof Map<?, ?> m)) {
                throw new ModuleException("field is set to \"" + fieldName + "\", so in must receive records (maps),"
                    + " but got " + Values.describe(v));
            }
            @SuppressWarnings("unchecked")
            Object f = Records.field((Map<String, Object>) m, fieldName);
            if (f == null) {
                warnOnce("no-field", "records without the field \"" + fieldName + "\" are ignored");
                return;
            }
            v = f;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (hasRef && refIsDouble && !numberChanged(refDouble, d)) {
                return;
            }
            report(d, null, true);
            return;
        }
        if (hasRef && !refIsDouble && CollectionValues.same(refObject, v)) {
            return;
        }
        report(0, v, false);
    }

    private boolean numberChanged(double ref, double v) {
        if (tol == 0) {
            return Double.compare(ref == 0 ? 0 : ref, v == 0 ? 0 : v) != 0;
        }
        return Math.abs(v - ref) > tol || (Double.isNaN(v) != Double.isNaN(ref));
    }

    private void report(double d, Object o, boolean isDouble) {
        boolean first = !hasRef;
        if (!first || emitFirst.getBoolean()) {
            if (!first) {
                if (refIsDouble) {
                    previous.send(refDouble);
                } else {
                    previous.send(refObject);
                }
            }
            if (isDouble) {
                current.send(d);
            } else {
                current.send(o);
            }
            record.sendFrom(in);
        }
        hasRef = true;
        refIsDouble = isDouble;
        refDouble = d;
        refObject = o;
    }

    @Override
    public void clearState() {
        hasRef = false;
        refObject = null;
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        ValueCodec.write(out, !hasRef ? null : refIsDouble ? (Object) refDouble : refObject);
    }

    @Override
    protected void readState(DataInput din) throws IOException {
        Object v = ValueCodec.read(din);
        hasRef = v != null;
        refIsDouble = v instanceof Double;
        refDouble = v instanceof Double d ? d : 0;
        refObject = v instanceof Double ? null : v;
    }
}
