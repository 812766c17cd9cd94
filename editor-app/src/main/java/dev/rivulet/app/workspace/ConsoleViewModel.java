package dev.rivulet.app.workspace;

import dev.rivulet.core.validation.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The console's rows: the current canvas's validation problems, errors first, then by module name; run-time warnings
 * join them through {@link #showRuntime} once canvases run in the editor.
 *
 * <p>Usage: {@code view.addProblemListener(console::showProblems); console.rows()}.
 */
public final class ConsoleViewModel {
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private List<Row> validation = List.of();
    private List<Row> runtime = List.of();

    /** One line of the console, naming the module it is about (its hash selects it on the canvas). */
    public record Row(int hash, String module, Problem.Severity severity, String source, String message) {
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public void showProblems(Map<Integer, List<Problem>> problems) {
        List<Row> next = new ArrayList<>();
        problems.values().forEach(list -> list.forEach(p -> next.add(
            new Row(p.moduleHash(), p.moduleName(), p.severity(), "validation", p.message()))));
        next.sort(Comparator.comparing(Row::severity).thenComparing(Row::module, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Row::message));
        validation = next;
        publish();
    }

    /** Replaces the run-time warnings (from a running canvas). */
    public void showRuntime(List<Row> warnings) {
        runtime = List.copyOf(warnings);
        publish();
    }

    public void clear() {
        validation = List.of();
        runtime = List.of();
        publish();
    }

    /** "2 errors, 1 warning" for the console's header. */
    public String summary() {
        long errors = rows.stream().filter(r -> r.severity() == Problem.Severity.ERROR).count();
        long warnings = rows.size() - errors;
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    private void publish() {
        List<Row> all = new ArrayList<>(validation);
        all.addAll(runtime);
        rows.setAll(all);
    }
}
