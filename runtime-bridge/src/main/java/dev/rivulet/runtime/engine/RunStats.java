package dev.rivulet.runtime.engine;

import java.util.List;
import java.util.Optional;

/**
 * A sample of a run's per-module statistics, taken on the engine thread every {@code statsInterval} (and at the end)
 * and published whole, so readers on other threads get a consistent picture without locks or per-event cost.
 *
 * <p>Usage: {@code run.stats().module("7/5").map(ModuleStats::eventsIn)}
 *
 * @param engineTime the run's engine time when sampled (epoch millis)
 * @param events     events of the run so far
 * @param modules    every module, top-level canvas first, then embedded canvases (depth first)
 */
public record RunStats(long engineTime, long events, List<ModuleStats> modules) {
    public static final RunStats EMPTY = new RunStats(0, 0, List.of());

    public RunStats {
        modules = List.copyOf(modules);
    }

    /** A module's statistics by path ("12", "7/5", "4[apple]/5"). */
    public Optional<ModuleStats> module(String path) {
        for (ModuleStats m : modules) {
            if (m.path().equals(path)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
