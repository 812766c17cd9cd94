package dev.rivulet.runtime.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Weather by city, one observation per city per {@code intervalMillis}: temperature with a seasonal and a daily cycle
 * around the city's climate, humidity that moves against temperature, and gusty wind; all smoothly varying.
 */
final class WeatherSource implements DemoSource {
    private record City(String name, double meanC, double seasonalC, double longitude) {
    }

    private static final List<City> CITIES = List.of(new City("Helsinki", 6, 11, 24.9), new City("Berlin", 10, 9, 13.4),
        new City("Zurich", 9.5, 9, 8.5), new City("Madrid", 15, 10, -3.7), new City("New York", 13, 12, -74.0));

    private final SplittableRandom random;
    private final long intervalMillis;
    private final double[] drift = new double[CITIES.size()];
    private final double[] wind = new double[CITIES.size()];
    private long time;
    private int next;

    WeatherSource(long seed, long startMillis, long intervalMillis) {
        this.random = new SplittableRandom(seed);
        this.intervalMillis = intervalMillis;
        this.time = startMillis;
        for (int i = 0; i < wind.length; i++) {
            wind[i] = 2 + random.nextDouble() * 6;
        }
    }

    @Override
    public String streamPath() {
        return "demo/weather";
    }

    @Override
    public String name() {
        return "Weather";
    }

    @Override
    public String description() {
        return "Simulated weather in five cities: temperature, humidity and wind, every ten minutes.";
    }

    @Override
    public List<DemoField> schema() {
        return List.of(new DemoField("city", "string", "city name"),
            new DemoField("temperature", "number", "degrees Celsius"), new DemoField("humidity", "number", "%"),
            new DemoField("wind", "number", "m/s"));
    }

    @Override
    public String partitionKeyField() {
        return "city";
    }

    @Override
    public DemoEvent next() {
        if (next == CITIES.size()) {
            next = 0;
            time += intervalMillis;
        }
        int i = next++;
        City c = CITIES.get(i);
        ZonedDateTime t = Instant.ofEpochMilli(time).atZone(ZoneOffset.UTC);
        double dayOfYear = t.getDayOfYear();
        double localHour = (t.getHour() + t.getMinute() / 60.0 + c.longitude / 15 + 24) % 24;
        drift[i] = drift[i] * 0.98 + (random.nextDouble() - 0.5) * 0.4;
        double temp = c.meanC - c.seasonalC * Math.cos(2 * Math.PI * (dayOfYear - 15) / 365.0)
            - 4 * Math.cos(2 * Math.PI * (localHour - 3) / 24.0) + drift[i];
        double humidity = Math.max(15, Math.min(100, 70 - (temp - c.meanC) * 2 + drift[i] * 5));
        wind[i] = Math.max(0, wind[i] + (random.nextDouble() - 0.5) * 1.5 + (5 - wind[i]) * 0.05);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("city", c.name);
        content.put("temperature", EvFleetSource.round(temp, 2));
        content.put("humidity", EvFleetSource.round(humidity, 1));
        content.put("wind", EvFleetSource.round(wind[i], 2));
        return new DemoEvent(time, c.name, content);
    }
}
