package dev.rivulet.modules.analytics;

import static dev.rivulet.modules.analytics.Fixtures.keys;
import static dev.rivulet.modules.analytics.Fixtures.map;
import static dev.rivulet.modules.analytics.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JoinByKey: an interval join of two streams through the engine. */
class JoinByKeyTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);
    private ModuleNode join;
    private ModuleNode table;

    /** Orders (stream o) on the left, payments (stream p) on the right; joined and unmatched as table columns. */
    private void twoStreams(Object... params) {
        ModuleNode orders = b.stream("o", "r:Map");
        ModuleNode payments = b.stream("p", "r:Map");
        join = b.add("join-by-key");
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(join, (String) params[i], params[i + 1]);
        }
        table = b.add("table");
        b.connect(orders, "r", join, "left").connect(payments, "r", join, "right")
            .connect(join, "joined", table, "in1").connect(join, "leftUnmatched", table, "in2")
            .connect(join, "rightUnmatched", table, "in3");
    }

    @Test
    void joinsRecordsWithTheSameKeyWithinTheSpanAndReportsTheUnmatchedWhenTheyExpire() {
        twoStreams("leftKey", "id", "rightKey", "orderId", "withinSeconds", 5);
        CanvasRun run = new CanvasRun(b.build())
            .replay("o", new MemoryCursor()
                .add(1000, map("id", 1.0, "amount", 10.0))
                .add(2000, map("id", 2.0, "amount", 20.0))
                .add(3000, map("id", 3.0, "amount", 30.0)))
            .replay("p", new MemoryCursor()
                .add(4000, map("orderId", "1", "amount", 10.0, "status", "paid"))   // "1" matches 1
                .add(8000, map("orderId", 3.0, "status", "paid"))                  // exactly 5 s: still joins
                .add(9000, map("orderId", 2.0, "status", "late")))                 // 7 s after order 2: too late
            .run(Long.MIN_VALUE, 16_000);
        List<List<Object>> rows = run.rows(table);
        assertThat(rows).containsExactly(
            row(map("id", 1.0, "amount", 10.0, "orderId", "1", "right_amount", 10.0, "status", "paid"), null, null),
            row(null, map("id", 2.0, "amount", 20.0), null),
            row(map("id", 3.0, "amount", 30.0, "orderId", 3.0, "status", "paid"), null, null),
            row(null, null, map("orderId", 2.0, "status", "late")));
        // order 2 expires at the 8 s tick (more than 5 s old), before the payment of order 3 at 8 s;
        // order 3 joined, so its expiry is silent; payment 2 expires at the 15 s tick
        assertThat(run.rowTimes(table)).containsExactly(4000L, 8000L, 8000L, 15000L);
        assertThat(keys(rows.get(0).get(0))).containsExactly("id", "amount", "orderId", "right_amount", "status");
    }

    @Test
    void everyPairJoinsOnceAndRecordsOfOneEventJoinEachOther() {
        ModuleNode s = b.stream("s", "l:Map", "r:Map");
        join = b.add("join-by-key");
        b.param(join, "rightPrefix", "pay.");
        table = b.add("table");
        b.connect(s, "l", join, "left").connect(s, "r", join, "right").connect(join, "joined", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, map("key", "k", "n", 1.0), null)
            .add(2000, map("key", "k", "n", 2.0), null)
            .add(3000, null, map("key", "k", "n", 3.0))       // joins both waiting lefts, oldest first
            .add(4000, map("key", "x", "n", 4.0), map("key", "x", "n", 5.0))).run();
        // the shared key field is not repeated; the other clashing field gets the prefix
        assertThat(run.rows(table)).containsExactly(row(map("key", "k", "n", 1.0, "pay.n", 3.0)),
            row(map("key", "k", "n", 2.0, "pay.n", 3.0)), row(map("key", "x", "n", 4.0, "pay.n", 5.0)));
        assertThat(run.rowTimes(table)).containsExactly(3000L, 3000L, 4000L);
    }

    @Test
    void heldRecordsAreBoundedAndSurviveASnapshot() {
        twoStreams("withinSeconds", 60, "maxPending", 2);
        CanvasRun first = new CanvasRun(b.build())
            .replay("o", new MemoryCursor().add(1000, map("key", "a")).add(2000, map("key", "b"))
                .add(3000, map("key", "c")))
            .replay("p", new MemoryCursor()).run();
        // the third left record pushes out the oldest, which never joined
        assertThat(first.rows(table)).containsExactly(row(null, map("key", "a"), null));
        assertThat(first.notices()).singleElement().asString().contains("maxPending = 2");
        byte[] snapshot = first.runtime().snapshot();

        CanvasRun resumed = new CanvasRun(b.build())
            .replay("o", new MemoryCursor())
            .replay("p", new MemoryCursor().add(4000, map("key", "c", "paid", true))
                .add(5000, map("key", "a")));
        resumed.start().restore(snapshot);
        resumed.run();
        assertThat(resumed.rows(table)).containsExactly(row(map("key", "c", "paid", true), null, null));
    }

    @Test
    void recordsWithoutTheKeyAreSkippedAndBadSettingsRefused() {
        twoStreams("leftKey", "id");
        ModuleNode negative = b.add("join-by-key");
        b.param(negative, "withinSeconds", -1);
        ModuleNode noPrefix = b.add("join-by-key");
        b.param(noPrefix, "rightPrefix", "");
        CanvasRun run = new CanvasRun(b.build())
            .replay("o", new MemoryCursor().add(1000, map("other", 1.0)))
            .replay("p", new MemoryCursor().add(1500, map("key", 1.0)))
            .run(Long.MIN_VALUE, 20_000);
        // the right record waits alone and expires unmatched
        assertThat(run.rows(table)).containsExactly(row(null, null, map("key", 1.0)));
        assertThat(run.notices()).singleElement().asString().contains("left records without the key field \"id\"");
        assertThat(Fixtures.startFailures(run)).satisfiesExactlyInAnyOrder(
            p -> assertThat(p).contains("withinSeconds must be a number of seconds of at least 0, got -1"),
            p -> assertThat(p).contains("rightPrefix is empty"));
    }
}
