package dev.rivulet.core;

/** What a module is doing in a run. */
public enum ModuleStatus {
    /** Not activated yet (waiting for inputs). */
    IDLE,
    /** Has activated at least once without failing. */
    RUNNING,
    /** Threw; see {@link ModuleInstance#lastError()}. The canvas runs on. */
    FAILED,
    /** Placeholder for a module type this build does not know. */
    UNKNOWN_TYPE
}
