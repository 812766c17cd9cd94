package dev.rivulet.core;

/**
 * A module that wants the engine's clock: {@link #onTime} is called at each whole second whose epoch second
 * is a multiple of {@link #tickRateSeconds()}. Outputs sent from it propagate like any event.
 */
public interface TimeListener {
    void onTime(long epochMillis);

    default long tickRateSeconds() {
        return 1;
    }
}
