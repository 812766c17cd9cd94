package dev.rivulet.modules.analytics;

import static dev.rivulet.modules.analytics.Fixtures.map;
import static dev.rivulet.modules.analytics.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import org.junit.jupiter.api.Test;

/** KeyedWindow's tumbling, sliding and session windows through the engine (clock ticks included). */
class KeyedWindowTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);
    private ModuleNode window;
    private ModuleNode table;

    /** Stream field r (a map) → KeyedWindow → key, value, count, windowStart, windowEnd as table columns. */
    private void pipeline(Object... params) {
        ModuleNode s = b.stream("s", "r:Map");
        window = b.add("keyed-window");
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(window, (String) params[i], params[i + 1]);
        }
        table = b.add("table");
        b.connect(s, "r", window, "record");
        String[] outs = {"key", "value", "count", "windowStart", "windowEnd"};
        for (int i = 0; i < outs.length; i++) {
            b.connect(window, outs[i], table, "in" + (i + 1));
        }
    }

    @Test
    void tumblingTimeWindowsCloseOnTheClockTickAtTheirEndOneRowPerKey() {
        pipeline("keyField", "sym", "valueField", "px", "size", 10);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, map("sym", "A", "px", 10.0))
            .add(2000, map("sym", "B", "px", 100.0))
            .add(5000, map("sym", "A", "px", "20"))   // numeric text counts
            .add(6000, map("sym", "A"))                // no price: skipped
            .add(7000, map("px", 1.0))                 // no key: skipped
            .add(11000, map("sym", "A", "px", 30.0)))
            .run(Long.MIN_VALUE, 25_000);
        // [0, 10 s): A avg (10 + 20) / 2 = 15 over 2 records, B 100; [10 s, 20 s): A 30
        assertThat(run.rows(table)).containsExactly(
            row("A", 15.0, 2.0, 0.0, 10000.0),
            row("B", 100.0, 1.0, 0.0, 10000.0),
            row("A", 30.0, 1.0, 10000.0, 20000.0));
        assertThat(run.rowTimes(table)).containsExactly(10000L, 10000L, 20000L);
        assertThat(run.notices()).anySatisfy(n -> assertThat(n).contains("field \"px\" is missing or not a number"))
            .anySatisfy(n -> assertThat(n).contains("without the key field \"sym\""));
    }

    @Test
    void tumblingEventWindowsSendWithTheLastRecordAndMaxKeysHoldsBackNewKeys() {
        pipeline("keyField", "k", "valueField", "v", "size", 3, "sizeUnit", "events", "aggregate", "sum",
            "maxKeys", 1);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, map("k", "A", "v", 1.0))
            .add(2000, map("k", "A", "v", 2.0))
            .add(3000, map("k", "B", "v", 5.0))   // a second key while A is open: skipped
            .add(4000, map("k", "A", "v", 3.0))   // A complete: 1 + 2 + 3, and its place is free again
            .add(5000, map("k", "B", "v", 7.0))
            .add(6000, map("k", "B", "v", 8.0))
            .add(7000, map("k", "B", "v", 9.0)))
            .run();
        assertThat(run.rows(table)).containsExactly(row("A", 6.0, 3.0, 1000.0, 4000.0),
            row("B", 24.0, 3.0, 5000.0, 7000.0));
        assertThat(run.notices()).singleElement().asString().contains("more than maxKeys = 1 keys");
    }

    @Test
    void slidingTimeWindowSendsTheLatestSpanWithEveryRecord() {
        pipeline("keyField", "k", "valueField", "v", "kind", "sliding", "size", 10, "aggregate", "max");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(100_000, map("k", "A", "v", 5.0))
            .add(104_000, map("k", "A", "v", 3.0))
            .add(105_000, map("k", "B", "v", -1.0))
            .add(110_000, map("k", "A", "v", 1.0))   // the 5 from exactly 10 s ago has left: (100 s, 110 s]
            .add(112_000, map("k", "A", "v", 0.0)))
            .run();
        assertThat(run.rows(table)).containsExactly(
            row("A", 5.0, 1.0, 90_000.0, 100_000.0),
            row("A", 5.0, 2.0, 94_000.0, 104_000.0),
            row("B", -1.0, 1.0, 95_000.0, 105_000.0),
            row("A", 3.0, 2.0, 100_000.0, 110_000.0),
            row("A", 3.0, 3.0, 102_000.0, 112_000.0));
    }

    @Test
    void slidingEventWindowWithSlideSendsEveryNthPercentile() {
        pipeline("keyField", "k", "valueField", "v", "kind", "sliding", "size", 4, "sizeUnit", "events",
            "slide", 2, "aggregate", "p50");
        MemoryCursor c = new MemoryCursor();
        double[] values = {1, 2, 3, 4, 10, 20};
        for (int i = 0; i < values.length; i++) {
            c.add(1000L * (i + 1), map("k", "A", "v", values[i]));
        }
        CanvasRun run = new CanvasRun(b.build()).replay("s", c).run();
        // after the 2nd record: median of 1, 2 at position 0.5 x 3 = 1.5 -> 1.5; after the 4th: 1..4 -> 2.5;
        // after the 6th: 3, 4, 10, 20 -> between 4 and 10 -> 7
        assertThat(run.rows(table)).containsExactly(row("A", 1.5, 2.0, 1000.0, 2000.0),
            row("A", 2.5, 4.0, 1000.0, 4000.0), row("A", 7.0, 4.0, 3000.0, 6000.0));
    }

    @Test
    void sessionWindowsCloseAfterTheGapAndCountRecordsWithoutAValueField() {
        pipeline("keyField", "user", "kind", "session", "sessionGap", 5, "aggregate", "count");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, map("user", "u"))
            .add(2000, map("user", "v"))
            .add(3000, map("user", "u"))
            .add(7000, map("user", "u"))   // 4 s after the last: same session
            .add(20000, map("user", "u")))
            .run(Long.MIN_VALUE, 30_000);
        // v: quiet from 2 s, closes at the 7 s tick; u: last at 7 s, closes at 12 s; then 20 s..25 s
        assertThat(run.rows(table)).containsExactly(row("v", 1.0, 1.0, 2000.0, 7000.0),
            row("u", 3.0, 3.0, 1000.0, 12000.0), row("u", 1.0, 1.0, 20000.0, 25000.0));
        assertThat(run.rowTimes(table)).containsExactly(7000L, 12000L, 25000L);
    }

    @Test
    void openWindowsSurviveASnapshot() {
        pipeline("keyField", "k", "valueField", "v", "size", 10, "aggregate", "p90");
        CanvasRun first = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, map("k", "A", "v", 1.0)).add(2000, map("k", "A", "v", 2.0))).run();
        assertThat(first.rows(table)).isEmpty();
        byte[] snapshot = first.runtime().snapshot();

        CanvasRun resumed = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(3000, map("k", "A", "v", 3.0)).add(4000, map("k", "A", "v", 4.0)));
        resumed.start().restore(snapshot);
        resumed.run(Long.MIN_VALUE, 10_000);
        // p90 of 1, 2, 3, 4: position 0.9 x 5 = 4.5 is past the last value -> 4
        assertThat(resumed.rows(table)).containsExactly(row("A", 4.0, 4.0, 0.0, 10000.0));
    }

    @Test
    void badParametersAreRefusedWithTheirAllowedValues() {
        pipeline("kind", "hopping");
        ModuleNode fraction = b.add("keyed-window");
        b.param(fraction, "size", 2.5);
        ModuleNode pct = b.add("keyed-window");
        b.param(pct, "aggregate", "percentile").param(pct, "percentile", 0);
        ModuleNode noValue = b.add("keyed-window");
        b.param(noValue, "valueField", " ");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()).run();
        assertThat(Fixtures.startFailures(run)).satisfiesExactlyInAnyOrder(
            p -> assertThat(p).contains("kind must be one of tumbling, sliding, session, got \"hopping\""),
            p -> assertThat(p).contains("size must be a whole number from 1 to", "got 2.5"),
            p -> assertThat(p).contains("percentile must be above 0 and at most 100, got 0"),
            p -> assertThat(p).contains("valueField is empty"));
    }
}
