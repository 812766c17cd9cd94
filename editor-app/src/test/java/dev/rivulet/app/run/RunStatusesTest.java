package dev.rivulet.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.app.workspace.ConsoleViewModel.Row;
import dev.rivulet.canvas.skin.ModuleRunStatus;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ModuleStatus;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.ModuleStats;
import dev.rivulet.runtime.engine.RunStats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Module statuses (rates from successive samples) and the console's run-time rows, from engine statistics. */
class RunStatusesTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    @Test
    void ratesComeFromTheDifferenceBetweenSamplesAndEmbeddedModulesAreLeftOut() {
        RunStatuses statuses = new RunStatuses();
        statuses.next(stats(new ModuleStats("1", 1, "Stream", ModuleStatus.RUNNING, null, 10, 10),
            new ModuleStats("2/5", 5, "Inner", ModuleStatus.RUNNING, null, 1, 1)), 1_000_000_000L);

        Map<Integer, ModuleRunStatus> next = statuses.next(stats(
            new ModuleStats("1", 1, "Stream", ModuleStatus.RUNNING, null, 30, 50),
            new ModuleStats("2/5", 5, "Inner", ModuleStatus.RUNNING, null, 2, 2)), 1_500_000_000L);

        assertThat(next).containsOnlyKeys(1);
        assertThat(next.get(1).inPerSecond()).isEqualTo(40.0);
        assertThat(next.get(1).outPerSecond()).isEqualTo(80.0);
        assertThat(next.get(1).summary()).isEqualTo("running · 40/s in · 80/s out");
    }

    @Test
    void failedAndWaitingModulesAreToldApart() {
        Map<Integer, ModuleRunStatus> s = new RunStatuses().next(stats(
            new ModuleStats("1", 1, "Modulo", ModuleStatus.FAILED, "divisor must be a non-zero number", 0, 0),
            new ModuleStats("2", 2, "Label", ModuleStatus.IDLE, null, 0, 0)), 1);

        assertThat(s.get(1).state()).isEqualTo(ModuleRunStatus.State.FAILED);
        assertThat(s.get(1).message()).contains("divisor");
        assertThat(s.get(2).state()).isEqualTo(ModuleRunStatus.State.WAITING);
    }

    @Test
    void anInputWhoseFeederSentNothingIsReportedOnceWarmedUpAndFailuresAlways() {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode constant = b.add("constant");
        ModuleNode abs = b.add("abs");
        ModuleNode modulo = b.add("modulo");
        b.connect(constant, "out", abs, "in");
        CanvasDocument doc = b.build();
        RunStats stats = stats(new ModuleStats(id(constant), constant.hash, "Constant", ModuleStatus.IDLE, null, 0, 0),
            new ModuleStats(id(abs), abs.hash, "Abs", ModuleStatus.IDLE, null, 0, 0, List.of("in")),
            new ModuleStats(id(modulo), modulo.hash, "Modulo", ModuleStatus.FAILED, "divisor must be non-zero", 0, 0));

        assertThat(RuntimeWarnings.of(stats, doc, false)).extracting(Row::message)
            .containsExactly("failed: divisor must be non-zero");
        List<Row> warm = RuntimeWarnings.of(stats, doc, true);
        assertThat(warm).extracting(Row::severity).containsExactly(Problem.Severity.ERROR, Problem.Severity.WARNING);
        assertThat(warm.get(1).hash()).isEqualTo(abs.hash);
        assertThat(warm.get(1).message()).isEqualTo("input 'in' never received data (Constant has sent nothing)");
    }

    @Test
    void anInputFedByAModuleThatSendsOnlyElsewhereIsNamedWithTheWiredOutput() {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode constant = b.add("constant");
        ModuleNode abs = b.add("abs");
        b.connect(constant, "out", abs, "in");
        CanvasDocument doc = b.build();
        RunStats stats = stats(new ModuleStats(id(constant), constant.hash, "Constant", ModuleStatus.RUNNING, null, 0, 4),
            new ModuleStats(id(abs), abs.hash, "Abs", ModuleStatus.IDLE, null, 0, 0, List.of("in")));

        assertThat(RuntimeWarnings.of(stats, doc, true)).extracting(Row::message)
            .containsExactly("input 'in' never received data (nothing yet from Constant's 'out')");
    }

    @Test
    void modulesInsideASubCanvasReportOnTheirHostsRowAndFailTheHostsFooter() {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode host = b.add("constant");
        host.name = "Pricing";
        CanvasDocument doc = b.build();
        String hostId = id(host);
        RunStats stats = stats(new ModuleStats(hostId, host.hash, "Pricing", ModuleStatus.RUNNING, null, 5, 5),
            new ModuleStats(hostId + "/3", 3, "Divide", ModuleStatus.FAILED, "division by zero", 5, 0),
            new ModuleStats(hostId + "[AAPL]/4", 4, "Label", ModuleStatus.IDLE, null, 0, 0, List.of("in")));

        List<Row> rows = RuntimeWarnings.of(stats, doc, true);
        assertThat(rows).extracting(Row::hash).containsOnly(host.hash);
        assertThat(rows).extracting(Row::message).containsExactly(
            "inside: Divide (" + hostId + "/3): failed: division by zero",
            "inside: Label (" + hostId + "[AAPL]/4): input 'in' never received data");
        ModuleRunStatus footer = new RunStatuses().next(stats, 1).get(host.hash);
        assertThat(footer.state()).isEqualTo(ModuleRunStatus.State.FAILED);
        assertThat(footer.message()).isEqualTo("Divide inside failed: division by zero");
    }

    private static String id(ModuleNode m) {
        return Integer.toString(m.hash);
    }

    private static RunStats stats(ModuleStats... modules) {
        return new RunStats(0, 0, List.of(modules));
    }
}
