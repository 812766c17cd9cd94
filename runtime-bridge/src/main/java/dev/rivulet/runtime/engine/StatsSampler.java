package dev.rivulet.runtime.engine;

import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.EmbeddedCanvas;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the modules' plain counters on the engine thread at most once per interval and publishes an immutable
 * {@link RunStats}. Checking whether a sample is due costs one {@code System.nanoTime()}; the hot path keeps no
 * statistics of its own.
 */
final class StatsSampler {
    private final long intervalNanos;
    private long next;
    private volatile RunStats latest = RunStats.EMPTY;

    StatsSampler(java.time.Duration interval) {
        this.intervalNanos = Math.max(1, interval.toNanos());
        this.next = System.nanoTime();
    }

    /** Samples when the interval has passed; engine thread only. */
    void maybeSample(CanvasRuntime rt, long events) {
        long now = System.nanoTime();
        if (now - next >= 0) {
            next = now + intervalNanos;
            sample(rt, events);
        }
    }

    /** Samples now; engine thread only. */
    void sample(CanvasRuntime rt, long events) {
        List<ModuleStats> all = new ArrayList<>();
        collect(rt, all, 0);
        latest = new RunStats(rt.context().time(), events, all);
    }

    RunStats latest() {
        return latest;
    }

    /** Connected inputs without a value yet: read here, on the engine thread, so the hot path counts nothing. */
    private static List<String> silentInputs(ModuleInstance m) {
        List<String> silent = null;
        for (Input in : m.inputs()) {
            if (in.isConnected() && !in.hasValue()) {
                if (silent == null) {
                    silent = new ArrayList<>();
                }
                silent.add(in.name());
            }
        }
        return silent == null ? List.of() : silent;
    }

    private static void collect(CanvasRuntime rt, List<ModuleStats> into, int depth) {
        List<ModuleInstance> embedding = new ArrayList<>();
        for (ModuleInstance m : rt.modules()) {
            long in = m.eventsIn();
            long out = m.eventsOut();
            ModuleStatus status = m.initFailed() ? ModuleStatus.FAILED : m.status();
            if (status == ModuleStatus.IDLE && (in > 0 || out > 0)) {
                // sources (Stream, Clock, Button) are fed rather than activated, so the core leaves them IDLE
                status = ModuleStatus.RUNNING;
            }
            into.add(new ModuleStats(m.path(), m.hash(), m.name(), status, m.lastError(), in, out, silentInputs(m)));
            if (m instanceof EmbeddedCanvas.Host) {
                embedding.add(m);
            }
        }
        if (depth > 32) {
            return;
        }
        for (ModuleInstance m : embedding) {
            for (EmbeddedCanvas inner : ((EmbeddedCanvas.Host) m).embeddedCanvases()) {
                collect(inner.runtime(), into, depth + 1);
            }
        }
    }
}
