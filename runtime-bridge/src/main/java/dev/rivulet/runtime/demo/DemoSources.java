package dev.rivulet.runtime.demo;

import java.util.List;

/**
 * The built-in simulated streams that power the sample canvases and the marketplace demo, offline: an EV fleet,
 * charging-station electricity prices, and weather by city. Same seed and start time, same data.
 */
public final class DemoSources {
    private DemoSources() {
    }

    /** Ten cars reporting every second. */
    public static DemoSource fleet(long seed, long startMillis) {
        return new EvFleetSource(seed, startMillis, 10, 1_000);
    }

    /** Eight stations quoting every minute. */
    public static DemoSource chargingPrices(long seed, long startMillis) {
        return new ChargingPriceSource(seed, startMillis, 8, 60_000);
    }

    /** Five cities every ten minutes. */
    public static DemoSource weather(long seed, long startMillis) {
        return new WeatherSource(seed, startMillis, 600_000);
    }

    /** All three, each with its own seed derived from {@code seed}. */
    public static List<DemoSource> all(long seed, long startMillis) {
        return List.of(fleet(seed, startMillis), chargingPrices(seed + 1, startMillis), weather(seed + 2, startMillis));
    }
}
