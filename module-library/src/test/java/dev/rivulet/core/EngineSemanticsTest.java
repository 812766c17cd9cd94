package dev.rivulet.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineSemanticsTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    @Test
    void movingAverageThroughThresholdFilterAndCount() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode ma = b.add("moving-average");
        b.param(ma, "windowLength", 2);
        ModuleNode c = b.add("constant");
        b.param(c, "constant", 2.0);
        ModuleNode gt = b.add("greater-than");
        ModuleNode f = b.add("filter");
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.connect(s, "v", ma, "in").connect(ma, "out", gt, "A").connect(c, "out", gt, "B")
            .connect(gt, "A>B", f, "pass").connect(ma, "out", f, "in1").connect(f, "out1", count, "in")
            .connect(f, "out1", table, "in1").connect(count, "count", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1).add(2000, 3).add(3000, 5).add(4000, 0).add(5000, 0))
            .run();
        // averages: 1, 2, 4, 2.5, 0 -> above 2: 4, 2.5
        assertThat(run.rows(table)).containsExactly(List.of(4.0, 1.0), List.of(2.5, 2.0));
        assertThat(run.rowTimes(table)).containsExactly(3000L, 4000L);
    }

    @Test
    void moduleWaitsUntilEveryInputIsReady() {
        ModuleNode a = b.stream("a", "x:Double");
        ModuleNode bb = b.stream("b", "y:Double");
        ModuleNode gt = b.add("greater-than");
        ModuleNode table = b.add("table");
        b.connect(a, "x", gt, "A").connect(bb, "y", gt, "B").connect(gt, "A>B", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("a", new MemoryCursor().add(1000, 5).add(3000, 0))
            .replay("b", new MemoryCursor().add(2000, 1))
            .run();
        // t=1000: B not ready, no output; t=2000: B driving -> 5>1; t=3000: 0>1
        assertThat(run.rows(table)).containsExactly(List.of(true), List.of(false));
    }

    @Test
    void nonDrivingInputDoesNotActivate() {
        ModuleNode a = b.stream("a", "x:Double");
        ModuleNode bb = b.stream("b", "y:Double");
        ModuleNode gt = b.add("greater-than");
        ModuleNode table = b.add("table");
        b.driving(gt, "B", false);
        b.connect(a, "x", gt, "A").connect(bb, "y", gt, "B").connect(gt, "A>B", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("a", new MemoryCursor().add(1000, 5).add(3000, 2))
            .replay("b", new MemoryCursor().add(2000, 1).add(4000, 10))
            .run();
        // t=1000 pending but B not ready; t=2000 B arrives (non-driving) but pending from t=1000 fires: 5>1
        // t=3000: 2>1; t=4000: non-driving, nothing
        assertThat(run.rows(table)).containsExactly(List.of(true), List.of(true));
    }

    @Test
    void initialValueMakesInputReadyWithoutActivating() {
        ModuleNode a = b.stream("a", "x:Double");
        ModuleNode bb = b.stream("b", "y:Double");
        ModuleNode gt = b.add("greater-than");
        ModuleNode table = b.add("table");
        b.initialValue(gt, "B", 3.0);
        b.connect(a, "x", gt, "A").connect(bb, "y", gt, "B").connect(gt, "A>B", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("a", new MemoryCursor().add(1000, 5).add(3000, 2))
            .replay("b", new MemoryCursor())
            .run();
        assertThat(run.rows(table)).containsExactly(List.of(true), List.of(false));
    }

    @Test
    void noRepeatOutputSuppressesEqualValues() {
        ModuleNode a = b.stream("a", "x:Double");
        ModuleNode gt = b.add("greater-than");
        ModuleNode c = b.add("constant");
        ModuleNode table = b.add("table");
        b.noRepeat(gt, "A>B", true);
        b.connect(a, "x", gt, "A").connect(c, "out", gt, "B").connect(gt, "A>B", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("a", new MemoryCursor().add(1000, 1).add(2000, 2).add(3000, -1).add(4000, -2))
            .run();
        assertThat(run.rows(table)).containsExactly(List.of(true), List.of(false));
    }

    @Test
    void failingModuleIsMarkedAndOthersRunOn() {
        ModuleNode a = b.stream("a", "x:String");
        ModuleNode gt = b.add("greater-than");
        ModuleNode c = b.add("constant");
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.connect(a, "x", gt, "A").connect(c, "out", gt, "B").connect(gt, "A>B", table, "in1")
            .connect(a, "x", count, "in").connect(count, "count", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("a", new MemoryCursor().add(1000, "1").add(2000, "oops").add(3000, "-1"))
            .run();
        assertThat(run.rows(table)).containsExactly(
            java.util.Arrays.asList(true, 1.0), java.util.Arrays.asList(null, 2.0),
            java.util.Arrays.asList(false, 3.0));
        assertThat(run.failures()).singleElement().asString().contains("oops");
        ModuleInstance failed = run.runtime().module(gt.hash);
        assertThat(failed.status()).isEqualTo(ModuleStatus.FAILED);
    }

    @Test
    void cycleIsReportedAndFeedbackConnectionBreaksIt() {
        ModuleNode a = b.stream("a", "x:Double");
        ModuleNode gt = b.add("greater-than");
        ModuleNode f = b.add("filter");
        b.connect(a, "x", f, "in1").connect(f, "out1", gt, "A").connect(gt, "A>B", f, "pass");
        b.connect(a, "x", gt, "B");
        CanvasDocument doc = b.build();
        CanvasRun run = new CanvasRun(doc);
        CanvasRuntime rt = run.start();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rt.propagatorFor(rt.module(a.hash)))
            .isInstanceOf(Propagator.CycleException.class).hasMessageContaining("feedback");
        doc.connections.get(2).feedback = true;
        assertThat(new CanvasRun(doc).start().propagatorFor(new CanvasRun(doc).start().module(a.hash))).isNotNull();
    }

    @Test
    void snapshotRestoresWindowAndCounters() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode ma = b.add("moving-average");
        b.param(ma, "windowLength", 3);
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.connect(s, "v", ma, "in").connect(ma, "out", table, "in1").connect(s, "v", count, "in")
            .connect(count, "count", table, "in2");
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", new MemoryCursor().add(1000, 3).add(2000, 6)).run();
        byte[] state = first.runtime().snapshot();

        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(3000, 9));
        second.start().restore(state);
        second.run();
        assertThat(second.rows(table)).containsExactly(List.of(6.0, 3.0));
        assertThat(second.runtime().context().time()).isEqualTo(3000L);
    }

    @Test
    void clearStateForgetsWindows() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode ma = b.add("moving-average");
        b.param(ma, "windowLength", 3);
        ModuleNode table = b.add("table");
        b.connect(s, "v", ma, "in").connect(ma, "out", table, "in1");
        CanvasDocument doc = b.build();
        CanvasRun run = new CanvasRun(doc).replay("s", new MemoryCursor().add(1000, 3).add(2000, 6)).run();
        run.runtime().clearState();
        MemoryCursor more = new MemoryCursor().add(3000, 9);
        ReplayLoop loop = new ReplayLoop(run.runtime()).source(run.runtime().streamSources().get(0), more);
        loop.run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        assertThat(run.rows(table)).containsExactly(List.of(3.0), List.of(4.5), List.of(9.0));
    }

    @Test
    void unknownModuleTypeBecomesStubAndCanvasStillRuns() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.connect(s, "v", count, "in").connect(count, "count", table, "in1");
        CanvasDocument doc = b.build();
        ModuleNode ghost = new ModuleNode();
        ghost.hash = 99;
        ghost.type = "no-such-module";
        ghost.inputs.add(new dev.rivulet.document.PortNode("in"));
        doc.modules.add(ghost);
        doc.connections.add(new dev.rivulet.document.ConnectionNode(s.hash, "v", 99, "in"));
        CanvasRun run = new CanvasRun(doc).replay("s", new MemoryCursor().add(1000, 1)).run();
        assertThat(run.runtime().problems().get(99)).anyMatch(p -> p.contains("no-such-module"));
        assertThat(run.rows(table)).containsExactly(List.of(1.0));
    }

    @Test
    void liveWindowLengthChangeTakesEffectAtTheNextValue() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode ma = b.add("moving-average");
        b.param(ma, "windowLength", 3);
        ModuleNode table = b.add("table");
        b.connect(s, "v", ma, "in").connect(ma, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 3).add(2000, 6)).run();
        run.runtime().setParameter(ma.hash, "windowLength", 1.0);
        new ReplayLoop(run.runtime()).source(run.runtime().streamSources().get(0), new MemoryCursor().add(3000, 9))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        assertThat(run.rows(table)).containsExactly(List.of(3.0), List.of(4.5), List.of(9.0));
    }

    @Test
    void moduleThatFailedToInitialiseRecoversWhenTheParameterIsFixed() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode ma = b.add("moving-average");
        b.param(ma, "windowLength", -5);
        ModuleNode table = b.add("table");
        b.connect(s, "v", ma, "in").connect(ma, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 3)).run();
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.runtime().module(ma.hash).status()).isEqualTo(ModuleStatus.FAILED);
        run.runtime().setParameter(ma.hash, "windowLength", 2.0);
        new ReplayLoop(run.runtime()).source(run.runtime().streamSources().get(0), new MemoryCursor().add(2000, 5))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        assertThat(run.rows(table)).containsExactly(List.of(5.0));
        assertThat(run.runtime().module(ma.hash).status()).isEqualTo(ModuleStatus.RUNNING);
    }
}
