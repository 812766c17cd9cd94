package dev.rivulet.core;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binary form of runtime values (null, numbers, booleans, text, lists, maps, bytes) for state snapshots. */
public final class ValueCodec {
    private ValueCodec() {
    }

    public static void write(DataOutput out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(0);
        } else if (v instanceof Double d) {
            out.writeByte(1);
            out.writeDouble(d);
        } else if (v instanceof Boolean b) {
            out.writeByte(2);
            out.writeBoolean(b);
        } else if (v instanceof String s) {
            out.writeByte(3);
            writeString(out, s);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            out.writeByte(4);
            out.writeLong(((Number) v).longValue());
        } else if (v instanceof Number n) {
            out.writeByte(1);
            out.writeDouble(n.doubleValue());
        } else if (v instanceof List<?> l) {
            out.writeByte(5);
            out.writeInt(l.size());
            for (Object o : l) {
                write(out, o);
            }
        } else if (v instanceof Map<?, ?> m) {
            out.writeByte(6);
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                writeString(out, String.valueOf(e.getKey()));
                write(out, e.getValue());
            }
        } else if (v instanceof byte[] bytes) {
            out.writeByte(7);
            out.writeInt(bytes.length);
            out.write(bytes);
        } else {
            out.writeByte(3);
            writeString(out, v.toString());
        }
    }

    public static Object read(DataInput in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case 0: return null;
            case 1: return in.readDouble();
            case 2: return in.readBoolean();
            case 3: return readString(in);
            case 4: return in.readLong();
            case 5: {
                int n = in.readInt();
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(read(in));
                }
                return l;
            }
            case 6: {
                int n = in.readInt();
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String k = readString(in);
                    m.put(k, read(in));
                }
                return m;
            }
            case 7: {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                return b;
            }
            default: throw new IOException("unknown value tag " + tag + " in snapshot");
        }
    }

    /** UTF-8 text of any length (DataOutput.writeUTF stops at 64 KiB). */
    public static void writeString(DataOutput out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public static String readString(DataInput in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
