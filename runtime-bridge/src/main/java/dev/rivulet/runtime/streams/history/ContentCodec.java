package dev.rivulet.runtime.streams.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact encoding of message content in {@code messages.content}. A stored message names its fields by their
 * index in the schema version it was written under, so rows carry no field names:
 * <pre>
 * 0x01                      format
 * varint schemaVersion
 * repeated until the end:
 *   varint key              k &gt; 0: field k-1 of that schema version; 0: a key outside the schema, then its name
 *                           as varint length + UTF-8
 *   tag                     0 null | 1 double (8 bytes little-endian) | 2 integer (zig-zag varint) | 3 true
 *                           | 4 false | 5 string (varint length + UTF-8) | 6 map or list (varint length + JSON text)
 * </pre>
 * Entries keep the content's key order. Rows whose first byte is {@code '{'} are JSON text (copied from schema 1).
 * One encoder is reused per writer thread (it is not thread-safe).
 *
 * <p>Usage: {@code byte[] b = new ContentCodec().encode(content, 3, indexByName);}
 */
public final class ContentCodec {
    static final byte FORMAT = 1;
    static final int NULL = 0;
    static final int DOUBLE = 1;
    static final int LONG = 2;
    static final int TRUE = 3;
    static final int FALSE = 4;
    static final int STRING = 5;
    static final int JSON_VALUE = 6;
    static final ObjectMapper JSON = new ObjectMapper();

    private byte[] buf = new byte[256];
    private int len;

    /** Encodes {@code content} under {@code schemaVersion}, whose fields {@code indexByName} numbers from 0. */
    public byte[] encode(Map<String, ?> content, int schemaVersion, Map<String, Integer> indexByName) {
        len = 0;
        put(FORMAT);
        varint(schemaVersion);
        for (Map.Entry<String, ?> e : content.entrySet()) {
            Integer index = indexByName.get(e.getKey());
            if (index != null) {
                varint(index + 1L);
            } else {
                varint(0);
                string(e.getKey());
            }
            value(e.getValue());
        }
        return java.util.Arrays.copyOf(buf, len);
    }

    private void value(Object v) {
        if (v == null) {
            put(NULL);
        } else if (v instanceof Boolean b) {
            put(b ? TRUE : FALSE);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            put(LONG);
            long x = ((Number) v).longValue();
            varint((x << 1) ^ (x >> 63));
        } else if (v instanceof Number n) {
            put(DOUBLE);
            long bits = Double.doubleToRawLongBits(n.doubleValue());
            ensure(8);
            for (int i = 0; i < 8; i++) {
                buf[len++] = (byte) (bits >>> (8 * i));
            }
        } else if (v instanceof String s) {
            put(STRING);
            string(s);
        } else {
            put(JSON_VALUE);
            try {
                string(JSON.writeValueAsString(v));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot encode " + v + ": " + e.getMessage(), e);
            }
        }
    }

    private void string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    private void put(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    private void varint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    /** True when the row is JSON text rather than the binary format. */
    static boolean isJson(byte[] data) {
        return data.length > 0 && data[0] == '{';
    }

    /** The schema version a binary row was written under (JSON rows have none: 0). */
    static int schemaVersion(byte[] data) {
        if (isJson(data)) {
            return 0;
        }
        check(data);
        Reader r = new Reader(data);
        r.pos = 1;
        return (int) r.varint();
    }

    /** Decodes a row to an ordered content map; {@code names} are the field names of the row's schema version. */
    static Map<String, Object> decode(byte[] data, SchemaNames names) {
        if (isJson(data)) {
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = JSON.readValue(data, LinkedHashMap.class);
                return m;
            } catch (java.io.IOException e) {
                throw new IllegalStateException("stored content is not valid JSON: " + e.getMessage(), e);
            }
        }
        check(data);
        Reader r = new Reader(data);
        r.pos = 1;
        List<String> fields = names.of((int) r.varint());
        Map<String, Object> out = new LinkedHashMap<>();
        while (r.pos < data.length) {
            long key = r.varint();
            String name = key == 0 ? r.string() : fields.get((int) key - 1);
            out.put(name, r.value());
        }
        return out;
    }

    private static void check(byte[] data) {
        if (data.length == 0 || data[0] != FORMAT) {
            throw new IllegalStateException("stored content has an unknown format " + (data.length == 0 ? "(empty)"
                : "0x" + Integer.toHexString(data[0] & 0xFF)));
        }
    }

    /** Field names of a stream's schema versions, for decoding. */
    @FunctionalInterface
    interface SchemaNames {
        List<String> of(int version);
    }

    /** Sequential reader over one encoded row; the replay cursor drives it value by value. */
    static final class Reader {
        byte[] data;
        int pos;

        Reader(byte[] data) {
            this.data = data;
        }

        long varint() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte b = data[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        double fixedDouble() {
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits |= (long) (data[pos++] & 0xFF) << (8 * i);
            }
            return Double.longBitsToDouble(bits);
        }

        long zigzag() {
            long z = varint();
            return (z >>> 1) ^ -(z & 1);
        }

        String string() {
            int n = (int) varint();
            String s = new String(data, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        /** Skips a string without decoding it (a field the reader does not want). */
        void skipString() {
            int n = (int) varint();
            pos += n;
        }

        Object value() {
            int tag = data[pos++];
            return switch (tag) {
                case NULL -> null;
                case DOUBLE -> fixedDouble();
                case LONG -> zigzag();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case STRING -> string();
                case JSON_VALUE -> json(string());
                default -> throw new IllegalStateException("stored content has an unknown value tag " + tag);
            };
        }

        static Object json(String text) {
            try {
                return JSON.readValue(text, Object.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored value is not valid JSON: " + e.getMessage(), e);
            }
        }
    }
}
