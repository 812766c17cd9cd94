package dev.rivulet.core;

/** Realtime (live data, wall-clock ticks) or historical (replay of stored data, simulated clock). */
public enum RunMode {
    REALTIME,
    HISTORICAL
}
