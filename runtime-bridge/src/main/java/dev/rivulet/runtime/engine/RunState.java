package dev.rivulet.runtime.engine;

/** Lifecycle of a run. */
public enum RunState {
    STARTING,
    RUNNING,
    /** Historical run that reached its end. */
    DONE,
    /** Stopped on request. */
    STOPPED,
    /** Could not start or broke down (bad input); see {@link RunHandle#failure()}. */
    FAILED
}
