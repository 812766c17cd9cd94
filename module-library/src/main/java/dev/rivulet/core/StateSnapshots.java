package dev.rivulet.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Versioned binary snapshots of a running canvas: engine time, then per module its input values, last output values,
 * pending flag and module-specific state. Modules are matched by hash and ports by name, so a snapshot survives
 * layout edits and added modules.
 */
final class StateSnapshots {
    private static final int MAGIC = 0x52565331; // "RVS1"
    private static final int VERSION = 1;

    private StateSnapshots() {
    }

    static byte[] write(CanvasRuntime rt) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(rt.context().time());
            out.writeInt(rt.modules().size());
            for (ModuleInstance m : rt.modules()) {
                out.writeInt(m.hash);
                out.writeBoolean(m.pending);
                Input[] inputs = m.allInputs();
                out.writeInt(inputs.length);
                for (Input in : inputs) {
                    ValueCodec.writeString(out, in.name);
                    ValueCodec.write(out, in.hasValue ? in.getValue() : null);
                }
                out.writeInt(m.outputs().size());
                for (Output o : m.outputs()) {
                    ValueCodec.writeString(out, o.name);
                    ValueCodec.write(out, o.lastValue());
                }
                ByteArrayOutputStream own = new ByteArrayOutputStream();
                m.writeState(new DataOutputStream(own));
                out.writeInt(own.size());
                own.writeTo(out);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not snapshot canvas state", e);
        }
    }

    static void read(CanvasRuntime rt, byte[] snapshot) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
            if (in.readInt() != MAGIC) {
                throw new IOException("not a Rivulet state snapshot");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException("unsupported snapshot version " + version);
            }
            rt.context().advanceTo(in.readLong());
            int modules = in.readInt();
            for (int i = 0; i < modules; i++) {
                ModuleInstance m = rt.module(in.readInt());
                boolean pending = in.readBoolean();
                int inputs = in.readInt();
                for (int k = 0; k < inputs; k++) {
                    String name = ValueCodec.readString(in);
                    Object v = ValueCodec.read(in);
                    Input target = m == null ? null : m.target(name);
                    if (target != null && !(target instanceof Parameter) && v != null) {
                        target.setSilently(v);
                    }
                }
                int outputs = in.readInt();
                for (int k = 0; k < outputs; k++) {
                    String name = ValueCodec.readString(in);
                    Object v = ValueCodec.read(in);
                    Output o = m == null ? null : m.output(name);
                    if (o != null) {
                        o.restoreLast(v);
                    }
                }
                byte[] own = new byte[in.readInt()];
                in.readFully(own);
                if (m != null) {
                    m.pending = pending;
                    m.readState(new DataInputStream(new ByteArrayInputStream(own)));
                    m.resetReadiness();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not restore canvas state: " + e.getMessage(), e);
        }
    }
}
