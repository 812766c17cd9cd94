package dev.rivulet.runtime.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Electricity prices at charging stations, one quote per station per {@code intervalMillis}: a daily shape (cheap at
 * night, peaks in the morning and evening), a per-station margin, and mean-reverting noise; never below 0.05 €/kWh.
 */
final class ChargingPriceSource implements DemoSource {
    private final SplittableRandom random;
    private final long intervalMillis;
    private final String[] stations;
    private final double[] margin;
    private final double[] noise;
    private long time;
    private int next;

    ChargingPriceSource(long seed, long startMillis, int stationCount, long intervalMillis) {
        this.random = new SplittableRandom(seed);
        this.intervalMillis = intervalMillis;
        this.time = startMillis;
        this.stations = new String[stationCount];
        this.margin = new double[stationCount];
        this.noise = new double[stationCount];
        for (int i = 0; i < stationCount; i++) {
            stations[i] = String.format("station-%02d", i + 1);
            margin[i] = 0.08 + random.nextDouble() * 0.12;
        }
    }

    @Override
    public String streamPath() {
        return "demo/charging-prices";
    }

    @Override
    public String name() {
        return "Charging prices";
    }

    @Override
    public String description() {
        return "Simulated electricity prices at charging stations (EUR/kWh), every minute.";
    }

    @Override
    public List<DemoField> schema() {
        return List.of(new DemoField("station", "string", "station id"),
            new DemoField("price", "number", "EUR per kWh"), new DemoField("available", "number", "free chargers"));
    }

    @Override
    public String partitionKeyField() {
        return "station";
    }

    @Override
    public DemoEvent next() {
        if (next == stations.length) {
            next = 0;
            time += intervalMillis;
        }
        int i = next++;
        noise[i] = noise[i] * 0.9 + (random.nextDouble() - 0.5) * 0.02;
        double price = Math.max(0.05, base(time) + margin[i] + noise[i]);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("station", stations[i]);
        content.put("price", EvFleetSource.round(price, 4));
        content.put("available", (double) random.nextInt(0, 7));
        return new DemoEvent(time, stations[i], content);
    }

    /** Wholesale price by hour of day (UTC): two peaks, cheap nights. */
    static double base(long millis) {
        double hour = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).getHour()
            + Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).getMinute() / 60.0;
        return 0.12 + 0.06 * Math.exp(-Math.pow(hour - 8, 2) / 4) + 0.09 * Math.exp(-Math.pow(hour - 18, 2) / 5);
    }
}
