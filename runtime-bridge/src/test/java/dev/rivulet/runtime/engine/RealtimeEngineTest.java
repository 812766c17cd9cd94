package dev.rivulet.runtime.engine;

import static dev.rivulet.runtime.engine.RunRecorder.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ModuleStatus;
import dev.rivulet.core.RunMode;
import dev.rivulet.document.ModuleNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RealtimeEngineTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final RunRecorder rec = new RunRecorder();

    @Test
    void clockTicksReachATableEverySecond() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode clock = b.add("clock");
        ModuleNode table = b.add("table");
        b.connect(clock, "timestamp", table, "in1");
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.realtime(b.build()).ui(rec).listener(rec).build());
            assertThat(run.mode()).isEqualTo(RunMode.REALTIME);
            assertThat(waitFor(() -> rec.rows(table).size() >= 2, WAIT)).isTrue();
            assertThat(run.state()).isEqualTo(RunState.RUNNING);
            run.stop();
            assertThat(run.await(WAIT)).isTrue();
            assertThat(run.state()).isEqualTo(RunState.STOPPED);
        }
        List<List<Object>> rows = rec.rows(table);
        double first = (Double) rows.get(0).get(0);
        double second = (Double) rows.get(1).get(0);
        assertThat(first % 1000).isZero();
        assertThat(second - first).isEqualTo(1000.0);
    }

    @Test
    void buttonPressesPropagateByHashAndByPath() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode button = b.add("button");
        b.param(button, "buttonValue", 7);
        ModuleNode table = b.add("table");
        b.connect(button, "out", table, "in1");
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.realtime(b.build()).ui(rec).listener(rec).build());
            run.uiEvent(button.hash, Map.of());
            assertThat(waitFor(() -> rec.rows(table).size() == 1, WAIT)).isTrue();
            run.uiEvent(String.valueOf(button.hash), Map.of());
            assertThat(waitFor(() -> rec.rows(table).size() == 2, WAIT)).isTrue();
            assertThat(rec.rows(table)).containsOnly(List.of(7.0));
            run.uiEvent("999/1", Map.of());
            assertThat(waitFor(() -> rec.notices.stream().anyMatch(n -> n.contains("999")), WAIT)).isTrue();
            assertThat(run.state()).isEqualTo(RunState.RUNNING);
        }
    }

    @Test
    void liveParameterChangeOfADrivingParameterPropagates() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode constant = b.add("constant");
        ModuleNode table = b.add("table");
        b.connect(constant, "out", table, "in1");
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.realtime(b.build()).ui(rec).listener(rec).build());
            run.setParameter(constant.hash, "constant", 42.0);
            assertThat(waitFor(() -> !rec.rows(table).isEmpty(), WAIT)).isTrue();
            assertThat(rec.rows(table).get(0)).containsExactly(42.0);
        }
    }

    @Test
    void stopLeavesNoEngineThreadBehind() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode clock = b.add("clock");
        ModuleNode table = b.add("table");
        b.connect(clock, "date", table, "in1");
        Engine engine = new EmbeddedEngine(REGISTRY);
        RunHandle run = engine.start(RunRequest.realtime(b.build()).ui(rec).listener(rec).build());
        assertThat(waitFor(() -> run.state() == RunState.RUNNING, WAIT)).isTrue();
        assertThat(engineThreads(run)).isNotEmpty();
        engine.close();
        assertThat(run.state()).isEqualTo(RunState.STOPPED);
        assertThat(waitFor(() -> engineThreads(run).isEmpty(), WAIT)).isTrue();
        assertThat(run.stats().modules()).hasSize(2);
    }

    private static List<Thread> engineThreads(RunHandle run) {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals("rivulet-engine-" + run.id()) && t.isAlive()).toList();
    }

    @Test
    void streamRecordsFromALiveSourceAreCountedAndTheCountSurvivesASnapshot() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("ticks", "v:Double");
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.connect(s, "v", count, "in").connect(count, "count", table, "in1");
        var doc = b.build();
        InProcessRealtimeSource hub = new InProcessRealtimeSource();
        byte[][] saved = new byte[1][];
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.realtime(doc).source(hub).ui(rec).listener(rec)
                .snapshots((time, state, atStop) -> {
                    if (atStop) {
                        saved[0] = state;
                    }
                }, null).build());
            assertThat(waitFor(() -> hub.subscribers("ticks") == 1, WAIT)).isTrue();
            for (int i = 0; i < 3; i++) {
                hub.publish("ticks", System.currentTimeMillis(), Map.of("v", i));
            }
            assertThat(waitFor(() -> rec.rows(table).size() == 3, WAIT)).isTrue();
            byte[] live = run.snapshot().get(10, TimeUnit.SECONDS);
            assertThat(live).isNotEmpty();
            run.stop();
            assertThat(run.await(WAIT)).isTrue();
            assertThat(hub.subscribers("ticks")).isZero();
            assertThat(run.stats().module(String.valueOf(count.hash)).orElseThrow().eventsIn()).isEqualTo(3);
            assertThat(run.stats().module(String.valueOf(s.hash)).orElseThrow().eventsOut()).isEqualTo(3);
        }
        assertThat(saved[0]).isNotNull();
        assertThat(resumeAndCountOnce(doc, hub, saved[0], false)).isEqualTo(4.0);
        assertThat(resumeAndCountOnce(doc, hub, saved[0], true)).isEqualTo(1.0);
    }

    private Object resumeAndCountOnce(dev.rivulet.document.CanvasDocument doc, InProcessRealtimeSource hub,
                                      byte[] state, boolean reset) throws Exception {
        RunRecorder again = new RunRecorder();
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            engine.start(RunRequest.realtime(doc).source(hub).ui(again).listener(again).resumeFrom(state)
                .reset(reset).build());
            assertThat(waitFor(() -> hub.subscribers("ticks") == 1, WAIT)).isTrue();
            hub.publish("ticks", System.currentTimeMillis(), Map.of("v", 9));
            String tablePath = String.valueOf(doc.modules.get(2).hash);
            assertThat(waitFor(() -> again.rows(tablePath).size() == 1, WAIT)).isTrue();
            return again.rows(tablePath).get(0).get(0);
        }
    }

    @Test
    void aFailedModuleIsReportedWithItsMessageWhileTheRunGoesOn() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode broken = b.add("clock");
        b.param(broken, "rate", 0.5);
        ModuleNode clock = b.add("clock");
        ModuleNode table = b.add("table");
        b.connect(clock, "timestamp", table, "in1");
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.realtime(b.build()).ui(rec).listener(rec)
                .statsInterval(Duration.ofMillis(50)).build());
            assertThat(waitFor(() -> rec.rows(table).size() >= 2, WAIT)).isTrue();
            assertThat(waitFor(() -> run.stats().module(String.valueOf(table.hash))
                .map(m -> m.eventsIn() >= 2).orElse(false), WAIT)).isTrue();
            ModuleStats failed = run.stats().module(String.valueOf(broken.hash)).orElseThrow();
            assertThat(failed.status()).isEqualTo(ModuleStatus.FAILED);
            assertThat(failed.error()).contains("rate");
            ModuleStats working = run.stats().module(String.valueOf(clock.hash)).orElseThrow();
            assertThat(working.status()).isEqualTo(ModuleStatus.RUNNING);
            assertThat(working.eventsOut()).isGreaterThanOrEqualTo(4);
            assertThat(run.state()).isEqualTo(RunState.RUNNING);
            assertThat(rec.failures).anyMatch(f -> f.contains("rate"));
        }
    }

    @Test
    void aModuleThatStartsFailingMidRunIsReportedAndTheOthersGoOn() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode changed = b.add("clock");
        ModuleNode clock = b.add("clock");
        ModuleNode table = b.add("table");
        b.connect(clock, "timestamp", table, "in1");
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.realtime(b.build()).ui(rec).listener(rec)
                .statsInterval(Duration.ofMillis(50)).build());
            run.setParameter(changed.hash, "rate", -1.0);
            int before = rec.rows(table).size();
            assertThat(waitFor(() -> rec.rows(table).size() >= before + 2, WAIT)).isTrue();
            assertThat(waitFor(() -> run.stats().module(String.valueOf(changed.hash))
                .map(m -> m.status() == ModuleStatus.FAILED).orElse(false), WAIT)).isTrue();
            assertThat(run.stats().module(String.valueOf(changed.hash)).orElseThrow().error())
                .contains("rate must be a whole number");
            assertThat(run.state()).isEqualTo(RunState.RUNNING);
        }
    }

    @Test
    void snapshotsAreTakenPeriodicallyAndOnceAtStop() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode clock = b.add("clock");
        ModuleNode count = b.add("count");
        b.connect(clock, "timestamp", count, "in");
        List<Boolean> taken = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.realtime(b.build()).listener(rec)
                .snapshots((time, state, atStop) -> taken.add(atStop), Duration.ofMillis(100)).build());
            assertThat(waitFor(() -> taken.size() >= 2, WAIT)).isTrue();
            run.stop();
            assertThat(run.await(WAIT)).isTrue();
        }
        assertThat(taken.subList(0, taken.size() - 1)).containsOnly(false);
        assertThat(taken.get(taken.size() - 1)).isTrue();
    }

    @Test
    void aSnapshotThatCannotBeReadFailsTheRunClearlyAndIsNotOverwritten() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        b.add("count");
        List<byte[]> saved = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.realtime(b.build()).listener(rec)
                .resumeFrom(new byte[] {1, 2, 3}).snapshots((t, state, atStop) -> saved.add(state), null).build());
            assertThat(run.await(WAIT)).isTrue();
            assertThat(run.state()).isEqualTo(RunState.FAILED);
            assertThat(run.failure().orElseThrow().getMessage()).contains("could not restore canvas state");
        }
        assertThat(saved).isEmpty();
    }

    @Test
    void networkMessagesReachTheCanvasThroughTheRunsEventQueueAndStopClosesTheConnection() throws Exception {
        try (var server = dev.rivulet.runtime.testkit.LoopbackWebSocketServer.start()) {
            CanvasBuilder b = new CanvasBuilder(REGISTRY);
            ModuleNode ws = b.add("websocket");
            b.param(ws, "URL", server.url()).param(ws, "format", "json");
            ModuleNode get = b.add("table");
            b.connect(ws, "message", get, "in1");
            try (Engine engine = new EmbeddedEngine(REGISTRY)) {
                RunHandle run = engine.start(RunRequest.realtime(b.build()).ui(rec).listener(rec).build());
                assertThat(server.awaitClients(1, WAIT)).isTrue();
                server.send("{\"v\": 1}");
                server.send("{\"v\": 2}");
                assertThat(waitFor(() -> rec.rows(get).size() == 2, WAIT)).isTrue();
                assertThat(rec.rows(get)).containsExactly(List.of(Map.of("v", 1.0)), List.of(Map.of("v", 2.0)));
                assertThat(run.events()).isGreaterThanOrEqualTo(2);
                run.stop();
                assertThat(run.await(WAIT)).isTrue();
                assertThat(waitFor(() -> server.clients() == 0, WAIT)).isTrue();
            }
        }
    }

    @Test
    void aModuleWaitingForInputsIsReportedAsWaiting() throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode button = b.add("button");
        ModuleNode add = b.add("subtract");
        b.connect(button, "out", add, "A");
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.realtime(b.build()).ui(rec).listener(rec)
                .statsInterval(Duration.ofMillis(50)).build());
            run.uiEvent(button.hash, Map.of());
            assertThat(waitFor(() -> run.stats().module(String.valueOf(button.hash))
                .map(m -> m.eventsOut() == 1).orElse(false), WAIT)).isTrue();
            ModuleStats adder = run.stats().module(String.valueOf(add.hash)).orElseThrow();
            assertThat(adder.waiting()).isTrue();
            assertThat(adder.eventsIn()).isZero();
        }
    }
}
