package dev.rivulet.runtime.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoSourcesTest {
    private static final long START = 1_767_225_600_000L; // 2026-01-01T00:00Z

    private static List<DemoEvent> take(DemoSource s, int n) {
        List<DemoEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(s.next());
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        for (int i = 0; i < 3; i++) {
            List<DemoEvent> a = take(DemoSources.all(7, START).get(i), 500);
            assertThat(take(DemoSources.all(7, START).get(i), 500)).isEqualTo(a);
            assertThat(take(DemoSources.all(8, START).get(i), 500)).isNotEqualTo(a);
        }
    }

    @Test
    void eventsComeInTimeOrderWithEveryFieldOfTheSchema() {
        for (DemoSource s : DemoSources.all(1, START)) {
            long last = Long.MIN_VALUE;
            for (DemoEvent e : take(s, 2_000)) {
                assertThat(e.timestamp()).isGreaterThanOrEqualTo(last);
                last = e.timestamp();
                assertThat(e.content().keySet())
                    .containsExactlyElementsOf(s.schema().stream().map(DemoField::name).toList());
                assertThat(e.key()).isEqualTo(e.content().get(s.partitionKeyField()));
            }
        }
    }

    @Test
    void carsMoveAsFastAsTheyReportAndTheirBatteriesStayInRange() {
        DemoSource fleet = DemoSources.fleet(3, START);
        Map<Object, DemoEvent> previous = new HashMap<>();
        int charging = 0;
        for (DemoEvent e : take(fleet, 10 * 3_600 * 3)) { // three hours of ten cars
            double battery = (Double) e.content().get("battery");
            double speed = (Double) e.content().get("speed");
            assertThat(battery).isBetween(0.0, 100.0);
            assertThat(speed).isBetween(0.0, 130.0);
            if ((Boolean) e.content().get("charging")) {
                charging++;
            }
            DemoEvent before = previous.put(e.key(), e);
            if (before != null) {
                double dLatKm = ((Double) e.content().get("lat") - (Double) before.content().get("lat")) * 111.32;
                double dLonKm = ((Double) e.content().get("lon") - (Double) before.content().get("lon")) * 111.32
                    * Math.cos(Math.toRadians(60.17));
                double km = Math.hypot(dLatKm, dLonKm);
                double hours = (e.timestamp() - before.timestamp()) / 3_600_000.0;
                // within rounding of the reported speed (positions have six decimals: ~0.1 m)
                assertThat(km).isLessThanOrEqualTo(speed * hours + 0.001);
            }
        }
        assertThat(charging).as("some car ran low and charged within three hours").isPositive();
    }

    @Test
    void pricesFollowTheDailyShapeAndWeatherIsPlausible() {
        DemoSource prices = DemoSources.chargingPrices(5, START);
        double night = 0;
        double evening = 0;
        for (DemoEvent e : take(prices, 8 * 60 * 24)) {
            double p = (Double) e.content().get("price");
            assertThat(p).isGreaterThanOrEqualTo(0.05);
            int hour = (int) ((e.timestamp() - START) / 3_600_000) % 24;
            if (hour == 3) {
                night += p;
            } else if (hour == 18) {
                evening += p;
            }
        }
        assertThat(evening).isGreaterThan(night);

        for (DemoEvent e : take(DemoSources.weather(5, START), 5 * 6 * 24)) {
            assertThat((Double) e.content().get("temperature")).isBetween(-35.0, 45.0);
            assertThat((Double) e.content().get("humidity")).isBetween(15.0, 100.0);
            assertThat((Double) e.content().get("wind")).isGreaterThanOrEqualTo(0.0);
        }
    }
}
