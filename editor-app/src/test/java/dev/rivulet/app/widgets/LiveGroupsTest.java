package dev.rivulet.app.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The incremental groups of a live chart against grouping every kept point from scratch on the same grid, through
 * growth (grid coarsening), ring eviction, irregular times, a changed number of groups and a clear.
 */
class LiveGroupsTest {

    @Test
    void growingDataKeepsTheSameGroupsAsGroupingEveryPointAgain() {
        SeriesBuffer data = new SeriesBuffer(1_000_000);
        LiveGroups live = new LiveGroups(data);
        SplittableRandom random = new SplittableRandom(3);
        double t = 1_700_000_000.0;
        for (int i = 0; i < 20_000; i++) {
            t += 0.001;
            data.add(t, random.nextGaussian());
            if (i % 37 == 0) {
                check(data, live, live.update(100), 100);
            }
        }
        check(data, live, live.update(100), 100);
    }

    @Test
    void pointsLeavingTheRingTakeTheirGroupsAndTheOldestGroupIsRecomputed() {
        SeriesBuffer data = new SeriesBuffer(1_000);
        LiveGroups live = new LiveGroups(data);
        SplittableRandom random = new SplittableRandom(5);
        double t = 50.0;
        for (int i = 0; i < 7_000; i++) {
            // bursts of equal times, then pauses: irregular spacing
            t += i % 50 < 40 ? 0.0 : random.nextDouble() * 0.2;
            data.add(t, random.nextDouble(-100, 100));
            if (i % 23 == 0) {
                check(data, live, live.update(64), 64);
            }
        }
        SeriesGroups g = live.update(64);
        check(data, live, g, 64);
        assertThat(g.count()).isGreaterThan(64 / 4);
    }

    @Test
    void aSmallerOrLargerNumberOfGroupsAndAClearRegroupCorrectly() {
        SeriesBuffer data = new SeriesBuffer(5_000);
        LiveGroups live = new LiveGroups(data);
        for (int i = 0; i < 4_000; i++) {
            data.add(i * 0.01, Math.sin(i / 50.0));
        }
        check(data, live, live.update(400), 400);
        check(data, live, live.update(30), 30);
        check(data, live, live.update(400), 400);
        data.clear();
        assertThat(live.update(400).count()).isZero();
        for (int i = 0; i < 300; i++) {
            data.add(1_000 + i * 0.5, i);
        }
        SeriesGroups g = live.update(400);
        check(data, live, g, 400);
        assertThat(g.time(0)).isLessThanOrEqualTo(1_000);
    }

    /** Expected groups: every kept point put in slot floor(x / width) of the live grid, oldest first. */
    private static void check(SeriesBuffer data, LiveGroups live, SeriesGroups g, int maxGroups) {
        double w = live.width();
        int n = 0;
        long slot = Long.MIN_VALUE;
        double[] open = new double[data.size()];
        double[] high = new double[data.size()];
        double[] low = new double[data.size()];
        double[] close = new double[data.size()];
        double[] sum = new double[data.size()];
        int[] points = new int[data.size()];
        long[] slots = new long[data.size()];
        for (int i = 0; i < data.size(); i++) {
            long s = (long) Math.floor(data.x(i) / w);
            double y = data.y(i);
            if (n == 0 || s != slot) {
                slot = s;
                slots[n] = s;
                open[n] = y;
                high[n] = y;
                low[n] = y;
                n++;
            }
            int k = n - 1;
            high[k] = Math.max(high[k], y);
            low[k] = Math.min(low[k], y);
            close[k] = y;
            sum[k] += y;
            points[k]++;
        }
        assertThat(g.count()).as("groups").isEqualTo(n).isLessThanOrEqualTo(maxGroups);
        for (int i = 0; i < n; i++) {
            assertThat(g.time(i)).as("start of group %d", i).isEqualTo(slots[i] * w);
            assertThat(g.open(i)).as("open %d", i).isEqualTo(open[i]);
            assertThat(g.high(i)).as("high %d", i).isEqualTo(high[i]);
            assertThat(g.low(i)).as("low %d", i).isEqualTo(low[i]);
            assertThat(g.close(i)).as("close %d", i).isEqualTo(close[i]);
            assertThat(g.points(i)).as("points %d", i).isEqualTo(points[i]);
            assertThat(g.average(i)).as("average %d", i).isCloseTo(sum[i] / points[i], within(1e-9));
        }
    }
}
