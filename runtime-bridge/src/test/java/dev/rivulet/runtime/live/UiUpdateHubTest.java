package dev.rivulet.runtime.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.Engine;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiUpdateHubTest {
    @TempDir
    Path dir;

    private static UiMessage.TableRow row(int i) {
        return new UiMessage.TableRow(i, List.of((double) i));
    }

    private static UiMessage.ChartPoint point(int i) {
        return new UiMessage.ChartPoint(i, 0, "s", i);
    }

    @Test
    void labelValuesCoalesceToTheLatestWithinAFrame() {
        UiUpdateHub hub = new UiUpdateHub(100, 10);
        List<List<UiMessage>> batches = new ArrayList<>();
        hub.attach("7", batches::add);
        for (int i = 0; i < 100; i++) {
            hub.publish("7", new UiMessage.LabelValue(i, "v" + i));
        }
        assertThat(hub.deliverPending()).isEqualTo(1);
        assertThat(batches).containsExactly(List.of(new UiMessage.LabelValue(99, "v99")));
        ChannelStats stats = hub.stats().get(0);
        assertThat(stats.received()).isEqualTo(100);
        assertThat(stats.coalesced()).isEqualTo(99);
        assertThat(stats.delivered()).isEqualTo(1);
        assertThat(stats.dropped()).isZero();
    }

    @Test
    void rowsArriveInOrderAsOneBatchPerFrame() {
        UiUpdateHub hub = new UiUpdateHub(100, 10);
        List<List<UiMessage>> batches = new ArrayList<>();
        hub.attach("1", batches::add);
        hub.publish("1", new UiMessage.TableHeaders(0, List.of("a")));
        for (int i = 0; i < 5; i++) {
            hub.publish("1", row(i));
        }
        hub.deliverPending();
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).containsExactly(new UiMessage.TableHeaders(0, List.of("a")),
            row(0), row(1), row(2), row(3), row(4));
        hub.publish("1", row(5));
        hub.deliverPending();
        // headers are not sent again with later frames
        assertThat(batches.get(1)).containsExactly(row(5));
        assertThat(hub.deliverPending()).isZero();
        assertThat(batches).hasSize(2);
    }

    @Test
    void rowsBeyondTheFrameBoundDropTheOldestAndCountThem() {
        UiUpdateHub hub = new UiUpdateHub(100, 10);
        List<UiMessage> got = new ArrayList<>();
        hub.attach("1", got::addAll);
        for (int i = 0; i < 1000; i++) {
            hub.publish("1", row(i));
        }
        hub.deliverPending();
        assertThat(got).hasSizeLessThanOrEqualTo(100).contains(row(999)).doesNotContain(row(0));
        ChannelStats s = hub.stats().get(0);
        assertThat(s.delivered() + s.dropped()).isEqualTo(1000);
        assertThat(s.dropped()).isPositive();
        // what survives is still in order
        List<Double> values = got.stream().map(m -> (Double) ((UiMessage.TableRow) m).values().get(0)).toList();
        assertThat(values).isSorted();
    }

    @Test
    void chartPointsBeyondTheBoundAreDecimatedKeepingFirstAndLast() {
        UiUpdateHub hub = new UiUpdateHub(1000, 0);
        List<UiMessage> got = new ArrayList<>();
        hub.attach("c", got::addAll);
        for (int i = 0; i < 10_000; i++) {
            hub.publish("c", point(i));
        }
        hub.deliverPending();
        assertThat(got.get(0)).isEqualTo(point(0));
        assertThat(got.get(got.size() - 1)).isEqualTo(point(9_999));
        assertThat(got).hasSizeLessThanOrEqualTo(1000);
        ChannelStats s = hub.stats().get(0);
        assertThat(s.delivered() + s.dropped()).isEqualTo(10_000);
    }

    @Test
    void aWidgetAttachingLateGetsDeclarationsRecentRowsAndTheLatestValues() {
        UiUpdateHub hub = new UiUpdateHub(100, 3);
        hub.publish("t", new UiMessage.TableHeaders(0, List.of("x")));
        for (int i = 0; i < 10; i++) {
            hub.publish("t", row(i));
            hub.publish("t", new UiMessage.Generic(i, "gauge", java.util.Map.of("v", i)));
        }
        hub.deliverPending();
        List<UiMessage> got = new ArrayList<>();
        hub.attach("t", got::addAll);
        assertThat(got).containsExactly(new UiMessage.TableHeaders(0, List.of("x")), row(7), row(8), row(9),
            new UiMessage.Generic(9, "gauge", java.util.Map.of("v", 9)));
    }

    @Test
    void aWidgetAttachingWhileMessagesArePendingGetsEachMessageOnce() {
        UiUpdateHub hub = new UiUpdateHub(100, 100);
        hub.publish("t", new UiMessage.TableHeaders(0, List.of("x")));
        hub.publish("t", row(1));
        hub.publish("t", new UiMessage.LabelValue(1, "a"));
        hub.deliverPending();
        hub.publish("t", row(2));
        hub.publish("t", new UiMessage.LabelValue(2, "b"));
        List<UiMessage> got = new ArrayList<>();
        hub.attach("t", got::addAll);
        hub.deliverPending();
        assertThat(got).containsExactly(new UiMessage.TableHeaders(0, List.of("x")), row(1), row(2),
            new UiMessage.LabelValue(2, "b"));
    }

    @Test
    void mapPointsKeepEveryItemWhileOtherGenericTypesCoalesce() {
        UiUpdateHub hub = new UiUpdateHub(100, 0);
        List<UiMessage> got = new ArrayList<>();
        hub.attach("m", got::addAll);
        hub.publish("m", new UiMessage.Generic(1, "p", java.util.Map.of("id", "a")));
        hub.publish("m", new UiMessage.Generic(2, "p", java.util.Map.of("id", "b")));
        hub.publish("m", new UiMessage.Generic(3, "switcherValue", java.util.Map.of("v", false)));
        hub.publish("m", new UiMessage.Generic(4, "switcherValue", java.util.Map.of("v", true)));
        hub.deliverPending();
        assertThat(got).extracting(UiMessage::time).containsExactly(1L, 2L, 4L);
    }

    @Test
    void detachedWidgetsReceiveNothingMore() throws Exception {
        UiUpdateHub hub = new UiUpdateHub(10, 0);
        List<UiMessage> got = new ArrayList<>();
        AutoCloseable handle = hub.attach("1", got::addAll);
        hub.publish("1", row(1));
        hub.deliverPending();
        handle.close();
        hub.publish("1", row(2));
        hub.deliverPending();
        assertThat(got).containsExactly(row(1));
    }

    @Test
    void rejectsBoundsThatCannotWork() {
        assertThatThrownBy(() -> new UiUpdateHub(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void engineThreadAndUiThreadTogetherLoseNothingUncounted() throws Exception {
        UiUpdateHub hub = new UiUpdateHub(500, 100);
        List<UiMessage> got = new CopyOnWriteArrayList<>();
        hub.attach("c", got::addAll);
        AtomicBoolean done = new AtomicBoolean();
        int total = 300_000;
        Thread engine = new Thread(() -> {
            for (int i = 0; i < total; i++) {
                hub.publish("c", point(i));
            }
            done.set(true);
        });
        engine.start();
        while (!done.get()) {
            hub.deliverPending();
            Thread.onSpinWait();
        }
        engine.join();
        hub.deliverPending();
        ChannelStats s = hub.stats().get(0);
        assertThat(s.received()).isEqualTo(total);
        assertThat(s.delivered() + s.dropped()).isEqualTo(total);
        assertThat(got).hasSize((int) s.delivered());
        assertThat(got.get(got.size() - 1)).isEqualTo(point(total - 1));
        List<Long> times = got.stream().map(UiMessage::time).toList();
        assertThat(times).isSorted();
    }

    @Test
    void aRealRunFeedsTheTableAndLabelWidgetsThroughTheHub() throws Exception {
        ModuleRegistry registry = ModuleRegistry.load();
        CanvasBuilder b = new CanvasBuilder(registry);
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode table = b.add("table");
        ModuleNode label = b.add("label");
        b.connect(s, "price", table, "in1").connect(s, "price", label, "label");
        CanvasDocument canvas = b.build();
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "timestamp,price\n1000,1\n2000,3\n3000,5\n");

        UiUpdateHub hub = new UiUpdateHub(100, 100);
        try (Engine engine = new EmbeddedEngine(registry)) {
            RunHandle run = engine.start(RunRequest.historical(canvas).replay("prices", csv).ui(hub).build());
            assertThat(run.await(Duration.ofSeconds(10))).isTrue();
        }
        List<UiMessage> tableMessages = new ArrayList<>();
        List<UiMessage> labelMessages = new ArrayList<>();
        hub.attach(String.valueOf(table.hash), tableMessages::addAll);
        hub.attach(String.valueOf(label.hash), labelMessages::addAll);
        hub.deliverPending();
        assertThat(tableMessages).filteredOn(m -> m instanceof UiMessage.TableRow)
            .extracting(m -> ((UiMessage.TableRow) m).values().get(0)).containsExactly(1.0, 3.0, 5.0);
        assertThat(labelMessages).extracting(m -> ((UiMessage.LabelValue) m).value()).containsExactly(5.0);
    }
}
