package dev.rivulet.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.CanvasDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class ProblemTrackerTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Executor queued = background::add;
    private final List<Map<Integer, List<Problem>>> delivered = new ArrayList<>();

    @Test
    void deliversProblemsByModuleOnTheUiExecutor() {
        EditSession session = new EditSession(new CanvasDocument(), REGISTRY);
        int abs = session.addModule("abs", 0, 0);
        ProblemTracker tracker = new ProblemTracker(REGISTRY, queued, Runnable::run, delivered::add);

        tracker.request(session.document());
        runAll();

        assertThat(delivered).singleElement().satisfies(m -> assertThat(m.get(abs))
            .anySatisfy(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.UNCONNECTED_INPUT)));
    }

    @Test
    void aNewerRequestOvertakesOneStillQueued() {
        EditSession session = new EditSession(new CanvasDocument(), REGISTRY);
        ProblemTracker tracker = new ProblemTracker(REGISTRY, queued, Runnable::run, delivered::add);
        tracker.request(session.document());
        int c = session.addModule("constant", 0, 0);
        int abs = session.addModule("abs", 200, 0);
        session.connect(c, "out", abs, "in");
        tracker.request(session.document());

        runAll();

        assertThat(delivered).singleElement().satisfies(m -> assertThat(m).isEmpty());
    }

    @Test
    void validatesACopySoLaterEditsDoNotLeakIn() {
        EditSession session = new EditSession(new CanvasDocument(), REGISTRY);
        ProblemTracker tracker = new ProblemTracker(REGISTRY, queued, Runnable::run, delivered::add);
        tracker.request(session.document());
        session.addModule("abs", 0, 0);

        runAll();

        assertThat(delivered).singleElement().satisfies(m -> assertThat(m).isEmpty());
    }

    private void runAll() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }
}
