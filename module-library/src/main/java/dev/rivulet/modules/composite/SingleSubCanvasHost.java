package dev.rivulet.modules.composite;

import dev.rivulet.core.EmbeddedCanvas;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * A composite module that runs one sub-canvas (Canvas, ForEachItem): clearing, stopping, snapshotting and exposing
 * that one running canvas are the same for both, so they live here. ForEach, with one canvas per key, does not use it.
 */
abstract class SingleSubCanvasHost extends SubCanvasHost {
    /** The running sub-canvas; null before the run starts or when it could not start. */
    protected EmbeddedCanvas inner;
    private List<EmbeddedCanvas> innerList = List.of();

    protected final void setInner(EmbeddedCanvas canvas) {
        inner = canvas;
        innerList = canvas == null ? List.of() : List.of(canvas);
    }

    @Override
    public void clearState() {
        if (inner != null) {
            inner.clearState();
        }
    }

    @Override
    public void onStop() {
        if (inner != null) {
            inner.stop();
        }
    }

    @Override
    protected void writeState(DataOutput out) throws IOException {
        out.writeBoolean(inner != null);
        if (inner != null) {
            writeBytes(out, inner.snapshot());
        }
    }

    @Override
    protected void readState(DataInput in) throws IOException {
        if (in.readBoolean()) {
            byte[] bytes = readBytes(in);
            if (inner != null) {
                inner.restore(bytes);
            }
        }
    }

    @Override
    public EmbeddedCanvas embedded(String key) {
        return key == null ? inner : null;
    }

    @Override
    public List<EmbeddedCanvas> embeddedCanvases() {
        return innerList;
    }

    /** The running sub-canvas (null before the run starts or when the module could not start). */
    public EmbeddedCanvas inner() {
        return inner;
    }
}
