package dev.rivulet.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the engine hands a stream's records to a Stream module: one on the top-level canvas, or one inside the canvases
 * that Canvas, ForEach and ForEachItem modules embed (at any depth). {@link #deliver} gives the record to the module,
 * propagates inside its canvas and, for an embedded one, lets what the host's exported outputs sent propagate in the
 * parent canvas, up to the top: one record is one event of the whole run, as for a top-level Stream module.
 *
 * <p>Inside a ForEach every instance (one per key) has its own copy of the Stream module; a record reaches all
 * instances that exist when it arrives. {@link #source()} describes the stream (id, fields, partitions).
 *
 * <p>Usage: {@code for (StreamInlet in : runtime.streamInlets()) loop.source(in, cursorFor(in.source().streamId()));}
 */
public final class StreamInlet {
    private final CanvasRuntime top;
    private final StreamSourceModule source;
    /** Hashes from the top canvas down: hosts first, the Stream module last. */
    private final int[] hashes;
    private final String path;

    private StreamInlet(CanvasRuntime top, StreamSourceModule source, int[] hashes, String path) {
        this.top = top;
        this.source = source;
        this.hashes = hashes;
        this.path = path;
    }

    /** The Stream module (top level) or a configured copy of the embedded one, describing the stream. */
    public StreamSourceModule source() {
        return source;
    }

    /** The module's path, with "*" for the key of ForEach instances: "12", "7/3", "4[*]/3". */
    public String path() {
        return path;
    }

    /** True for a Stream module of the top-level canvas (the replay loop feeds those directly). */
    public boolean topLevel() {
        return hashes.length == 1;
    }

    /** Delivers one record (read synchronously, never kept) and propagates it through every canvas it touches. */
    public void deliver(StreamRecord record) {
        deliverIn(top, 0, record);
    }

    private void deliverIn(CanvasRuntime rt, int level, StreamRecord record) {
        ModuleInstance m = rt.module(hashes[level]);
        if (m == null || m.initFailed) {
            return;
        }
        if (level == hashes.length - 1) {
            if (m instanceof StreamSourceModule s) {
                m.delivered++;
                s.deliver(record);
                rt.propagatorFor(m).propagate();
            }
            return;
        }
        if (!(m instanceof EmbeddedCanvas.Host host)) {
            return;
        }
        List<EmbeddedCanvas> inner = host.embeddedCanvases();
        for (int i = 0; i < inner.size(); i++) {
            deliverIn(inner.get(i).runtime(), level + 1, record);
        }
        host.afterEmbeddedEvent();
        rt.propagatorFor(m).propagate();
    }

    /** Every Stream module of the canvas and of the canvases its modules embed, top-level ones first. */
    static List<StreamInlet> find(CanvasRuntime rt) {
        List<StreamInlet> found = new ArrayList<>();
        for (ModuleInstance m : rt.modules()) {
            if (m instanceof StreamSourceModule s) {
                found.add(new StreamInlet(rt, s, new int[] {m.hash}, String.valueOf(m.hash)));
            }
        }
        for (ModuleInstance m : rt.modules()) {
            if (m instanceof EmbeddedCanvas.Host host) {
                walk(rt, m, host, new int[] {m.hash}, String.valueOf(m.hash), found, 0);
            }
        }
        return found;
    }

    /**
     * Looks through the document an embedded host runs, using configured copies of its modules (a ForEach has no
     * instance before its first key, but its Stream modules must be known when the run starts).
     */
    private static void walk(CanvasRuntime top, ModuleInstance hostModule, EmbeddedCanvas.Host host, int[] prefix,
                             String path, List<StreamInlet> found, int depth) {
        dev.rivulet.document.CanvasDocument doc = host.embeddedDocument();
        ModuleRegistry registry = hostModule.registry;
        if (doc == null || registry == null || depth > 32) {
            // depth: nesting is checked for cycles when the host is configured; this only guards the walk itself
            return;
        }
        String here = path + (host.keyed() ? "[*]/" : "/");
        for (dev.rivulet.document.ModuleNode node : doc.modules) {
            ModuleInstance copy = registry.instantiate(node, new ArrayList<>());
            int[] hashes = java.util.Arrays.copyOf(prefix, prefix.length + 1);
            hashes[prefix.length] = node.hash;
            if (copy instanceof StreamSourceModule s) {
                found.add(new StreamInlet(top, s, hashes, here + node.hash));
            } else if (copy instanceof EmbeddedCanvas.Host inner) {
                walk(top, copy, inner, hashes, here + node.hash, found, depth + 1);
            }
        }
    }
}
