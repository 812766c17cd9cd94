package dev.rivulet.runtime.engine;

import dev.rivulet.core.ModuleStatus;
import java.util.List;

/**
 * One module's state in a run, as last sampled: what it is doing and how many events went in and out.
 *
 * @param path      the module's path ("12", or "7/5" inside the canvas embedded by module 7; ForEach adds "[key]")
 * @param status    IDLE means waiting for inputs (not activated yet); FAILED comes with {@code error}
 * @param error     the latest failure message, or null
 * @param eventsIn  activations, plus stream records for Stream modules
 * @param eventsOut values sent on its outputs
 * @param silentInputs its connected inputs that have not received a value yet (no initial value either)
 */
public record ModuleStats(String path, int hash, String name, ModuleStatus status, String error, long eventsIn,
                          long eventsOut, List<String> silentInputs) {
    public ModuleStats {
        silentInputs = List.copyOf(silentInputs);
    }

    /** A module whose connected inputs have all received values (or that has none). */
    public ModuleStats(String path, int hash, String name, ModuleStatus status, String error, long eventsIn,
                       long eventsOut) {
        this(path, hash, name, status, error, eventsIn, eventsOut, List.of());
    }

    /** True while the module waits for its inputs (nothing has activated it yet). */
    public boolean waiting() {
        return status == ModuleStatus.IDLE;
    }
}
