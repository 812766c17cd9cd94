package dev.rivulet.modules.statistics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * Writes the running (storeless) Commons Math statistics of unbounded windows into module snapshots. Those classes
 * keep their moments in private fields and offer no other way to save them than Java serialization, so they are
 * serialized, and read back through a filter that admits Commons Math classes only.
 *
 * <p>Usage: {@code RunningState.write(out, regression); regression = RunningState.read(in, SimpleRegression.class);}
 */
final class RunningState {
    private static final ObjectInputFilter ONLY_COMMONS_MATH = ObjectInputFilter.Config.createFilter(
        "maxdepth=20;maxbytes=1000000;org.apache.commons.math3.**;java.lang.Number;java.lang.Double;java.lang.Long;"
            + "java.lang.Integer;java.lang.Enum;!*");

    private RunningState() {
    }

    static void write(DataOutput out, Serializable statistic) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
            oos.writeObject(statistic);
        }
        out.writeInt(bytes.size());
        out.write(bytes.toByteArray());
    }

    static <T> T read(DataInput in, Class<T> type) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            ois.setObjectInputFilter(ONLY_COMMONS_MATH);
            Object o = ois.readObject();
            if (!type.isInstance(o)) {
                throw new InvalidClassException("expected " + type.getName() + " in the saved state, found "
                    + o.getClass().getName());
            }
            return type.cast(o);
        } catch (ClassNotFoundException e) {
            throw new IOException("saved statistic refers to an unknown class: " + e.getMessage(), e);
        }
    }
}
