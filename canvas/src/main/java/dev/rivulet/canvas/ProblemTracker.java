package dev.rivulet.canvas;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.validation.CanvasValidator;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.CanvasDocument;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Validates a canvas off the UI thread after edits and hands back its problems by module. The document is copied on
 * the calling (UI) thread, so the validator never sees a document being edited; a result that an edit has overtaken
 * is dropped, and requests that pile up while one runs collapse into the newest.
 *
 * <p>Usage: {@code new ProblemTracker(registry, backgroundExecutor, Platform::runLater, view::showProblems)}.
 */
public final class ProblemTracker {
    private final CanvasValidator validator;
    private final Executor background;
    private final Executor ui;
    private final Consumer<Map<Integer, List<Problem>>> sink;
    private final AtomicLong generation = new AtomicLong();

    public ProblemTracker(ModuleRegistry registry, Executor background, Executor ui,
                          Consumer<Map<Integer, List<Problem>>> sink) {
        this.validator = new CanvasValidator(registry);
        this.background = background;
        this.ui = ui;
        this.sink = sink;
    }

    /** Call on the UI thread after an edit. */
    public void request(CanvasDocument doc) {
        long mine = generation.incrementAndGet();
        CanvasDocument copy = doc.copy();
        background.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            Map<Integer, List<Problem>> problems = CanvasValidator.byModule(validator.validate(copy));
            ui.execute(() -> {
                if (generation.get() == mine) {
                    sink.accept(problems);
                }
            });
        });
    }

    /** Drops any result still on its way (the view is closing). */
    public void cancel() {
        generation.incrementAndGet();
    }
}
