package dev.rivulet.bench;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.UiSink;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.modules.math.Count;
import java.util.SplittableRandom;

/**
 * The engine throughput workload: Stream → MovingAverage(10, minSamples 1) → GreaterThan(Constant 0) → Filter →
 * Count, fed by a synthetic stream 1 ms apart (one clock tick per 1,000 events) at full speed on one thread. The
 * values are zero-mean noise, so the threshold passes about half of the averages.
 *
 * <p>Usage: {@code EngineWorkload w = new EngineWorkload(registry); w.run(10_000_000); w.passed();}
 */
public final class EngineWorkload {
    private static final long START = 1_700_000_000_000L;
    private final ModuleRegistry registry;
    private final CanvasDocument canvas;
    private final double[] values = new double[1 << 16];
    private final int countHash;
    private long passed;

    public EngineWorkload(ModuleRegistry registry) {
        this.registry = registry;
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() * 2 - 1;
        }
        CanvasBuilder b = new CanvasBuilder(registry).name("engine benchmark");
        ModuleNode stream = b.stream("bench", "value:Double");
        ModuleNode ma = b.add("moving-average");
        b.param(ma, "windowLength", 10).param(ma, "minSamples", 1);
        ModuleNode threshold = b.add("constant");
        b.param(threshold, "constant", 0.0);
        ModuleNode gt = b.add("greater-than");
        ModuleNode filter = b.add("filter");
        ModuleNode count = b.add("count");
        b.connect(stream, "value", ma, "in")
            .connect(ma, "out", gt, "A")
            .connect(threshold, "out", gt, "B")
            .connect(gt, "A>B", filter, "pass")
            .connect(ma, "out", filter, "in1")
            .connect(filter, "out1", count, "in");
        canvas = b.build();
        countHash = count.hash;
    }

    public CanvasDocument canvas() {
        return canvas;
    }

    /** Builds a fresh runtime and replays {@code events} events through it; returns the events delivered. */
    public long run(long events) {
        RunContext ctx = new RunContext(RunMode.HISTORICAL, UiSink.NONE, RunListener.NONE);
        CanvasRuntime rt = CanvasRuntime.build(canvas, registry, ctx);
        ReplayLoop loop = new ReplayLoop(rt).source(rt.streamSources().get(0), new SyntheticCursor(values, START, events));
        loop.run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        passed = ((Count) rt.module(countHash)).count();
        return loop.events();
    }

    /** Events that passed the filter in the last run. */
    public long passed() {
        return passed;
    }
}
