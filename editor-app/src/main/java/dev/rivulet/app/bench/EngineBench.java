package dev.rivulet.app.bench;

import dev.rivulet.bench.EngineWorkload;
import dev.rivulet.core.ModuleRegistry;
import java.io.PrintWriter;
import java.util.Arrays;

/**
 * {@code bench engine}: Stream → MovingAverage(10) → GreaterThan(Constant) → Filter → Count at full speed on one
 * thread, events 1 ms apart in simulated time. Warms up, then prints each measured round and the median.
 */
public final class EngineBench {
    private EngineBench() {
    }

    public static void run(ModuleRegistry registry, long eventsPerRound, int rounds, PrintWriter out) {
        EngineWorkload w = new EngineWorkload(registry);
        for (int i = 0; i < 3; i++) {
            w.run(Math.min(eventsPerRound, 5_000_000L));
        }
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long events = w.run(eventsPerRound);
            double seconds = (System.nanoTime() - t0) / 1e9;
            rates[r] = events / seconds;
            out.printf("round %d: %,d events in %.3f s = %,.0f events/s (%.1f%% passed the filter)%n", r + 1, events,
                seconds, rates[r], 100.0 * w.passed() / events);
            out.flush();
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        out.printf("engine throughput: %.0f events/s%n", median);
        out.printf("(median of %d rounds of %,d events; best %,.0f, worst %,.0f)%n", rounds, eventsPerRound,
            sorted[sorted.length - 1], sorted[0]);
        out.flush();
    }
}
