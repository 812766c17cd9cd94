package dev.rivulet.runtime.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Electric cars driving around a city centre: each car reports once per {@code intervalMillis} its position (moving
 * along its heading at its speed, turning now and then, kept within ~15 km of the centre), speed (smoothly varying,
 * 0 to 120 km/h, 0 while charging) and battery level (drains with distance at ~18 kWh/100 km of a 60 kWh pack; below
 * 15 % the car stops to charge at ~1 % per reporting interval up to 90 %).
 */
final class EvFleetSource implements DemoSource {
    private static final double CENTRE_LAT = 60.1699;
    private static final double CENTRE_LON = 24.9384;
    private static final double KM_PER_DEG_LAT = 111.32;

    private final SplittableRandom random;
    private final long intervalMillis;
    private final Car[] cars;
    private long time;
    private int nextCar;

    private static final class Car {
        String id;
        double lat;
        double lon;
        double heading;
        double speed;
        double targetSpeed;
        double battery;
        boolean charging;
    }

    EvFleetSource(long seed, long startMillis, int carCount, long intervalMillis) {
        this.random = new SplittableRandom(seed);
        this.intervalMillis = intervalMillis;
        this.time = startMillis;
        this.cars = new Car[carCount];
        for (int i = 0; i < carCount; i++) {
            Car c = new Car();
            c.id = String.format("car-%02d", i + 1);
            c.lat = CENTRE_LAT + (random.nextDouble() - 0.5) * 0.1;
            c.lon = CENTRE_LON + (random.nextDouble() - 0.5) * 0.2;
            c.heading = random.nextDouble() * 360;
            c.speed = 20 + random.nextDouble() * 40;
            c.targetSpeed = c.speed;
            c.battery = 40 + random.nextDouble() * 60;
            cars[i] = c;
        }
    }

    @Override
    public String streamPath() {
        return "demo/ev-fleet";
    }

    @Override
    public String name() {
        return "EV fleet";
    }

    @Override
    public String description() {
        return "Simulated electric cars: position, speed and battery level of each car, every second.";
    }

    @Override
    public List<DemoField> schema() {
        return List.of(new DemoField("car", "string", "car id"),
            new DemoField("lat", "number", "latitude, degrees"), new DemoField("lon", "number", "longitude, degrees"),
            new DemoField("speed", "number", "km/h"), new DemoField("battery", "number", "state of charge, %"),
            new DemoField("charging", "boolean", "true while charging"));
    }

    @Override
    public String partitionKeyField() {
        return "car";
    }

    @Override
    public DemoEvent next() {
        if (nextCar == cars.length) {
            nextCar = 0;
            time += intervalMillis;
        }
        Car c = cars[nextCar++];
        step(c, intervalMillis / 3_600_000.0);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("car", c.id);
        content.put("lat", round(c.lat, 6));
        content.put("lon", round(c.lon, 6));
        content.put("speed", round(c.speed, 1));
        content.put("battery", round(c.battery, 2));
        content.put("charging", c.charging);
        return new DemoEvent(time, c.id, content);
    }

    private void step(Car c, double hours) {
        if (c.charging) {
            c.speed = 0;
            c.battery = Math.min(90, c.battery + 1.0);
            c.charging = c.battery < 90;
            if (!c.charging) {
                c.targetSpeed = 30 + random.nextDouble() * 40;
            }
            return;
        }
        if (random.nextDouble() < 0.05) {
            c.targetSpeed = random.nextDouble() < 0.15 ? 0 : 10 + random.nextDouble() * 110;
        }
        c.speed += (c.targetSpeed - c.speed) * 0.2;
        if (random.nextDouble() < 0.08) {
            c.heading = (c.heading + (random.nextDouble() - 0.5) * 120 + 360) % 360;
        }
        double km = c.speed * hours;
        double kmPerDegLon = KM_PER_DEG_LAT * Math.cos(Math.toRadians(c.lat));
        c.lat += km * Math.cos(Math.toRadians(c.heading)) / KM_PER_DEG_LAT;
        c.lon += km * Math.sin(Math.toRadians(c.heading)) / kmPerDegLon;
        double fromCentreKm = Math.hypot((c.lat - CENTRE_LAT) * KM_PER_DEG_LAT, (c.lon - CENTRE_LON) * kmPerDegLon);
        if (fromCentreKm > 15) {
            // head back towards the centre
            c.heading = (Math.toDegrees(Math.atan2((CENTRE_LON - c.lon) * kmPerDegLon,
                (CENTRE_LAT - c.lat) * KM_PER_DEG_LAT)) + 360) % 360;
        }
        c.battery = Math.max(0, c.battery - km * 0.18 / 60 * 100);
        if (c.battery < 15) {
            // reported with the speed it just moved at; it stands still from the next report on
            c.charging = true;
        }
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
