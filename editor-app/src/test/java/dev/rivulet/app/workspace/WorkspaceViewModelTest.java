package dev.rivulet.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.canvas.edit.EditSession;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace view models without any scene: tabs, dirty tracking, undo texts, search ranking, console rows. */
class WorkspaceViewModelTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private final CanvasFiles files = new CanvasFiles(REGISTRY);
    private final WorkspaceViewModel vm = new WorkspaceViewModel(REGISTRY, files, new FileCanvasDocuments(files));
    @TempDir
    Path dir;

    @Test
    void undoAndRedoTextsNameTheCommandOfTheCurrentCanvas() {
        OpenCanvas a = vm.newCanvas();
        a.session().addModule("abs", 0, 0);
        assertThat(vm.undoText().get()).isEqualTo("Undo Add Abs");
        assertThat(vm.canRedo().get()).isFalse();
        vm.undo();
        assertThat(vm.undoText().get()).isEqualTo("Undo");
        assertThat(vm.redoText().get()).isEqualTo("Redo Add Abs");
        OpenCanvas b = vm.newCanvas();
        assertThat(vm.current().get()).isSameAs(b);
        assertThat(vm.redoText().get()).isEqualTo("Redo");
        vm.current().set(a);
        assertThat(vm.redoText().get()).isEqualTo("Redo Add Abs");
    }

    @Test
    void dirtyFollowsTheUndoStackBackToTheSavedState() throws Exception {
        OpenCanvas c = vm.newCanvas();
        EditSession s = c.session();
        assertThat(c.dirty().get()).isFalse();
        s.addModule("abs", 0, 0);
        assertThat(c.dirty().get()).isTrue();
        s.undo();
        assertThat(c.dirty().get()).isFalse();
        s.redo();
        vm.saveAs(c, dir.resolve("x.json"), CanvasFormat.NATIVE);
        assertThat(c.dirty().get()).isFalse();
        s.undo();
        assertThat(c.dirty().get()).isTrue();
        s.addModule("add", 0, 0); // a new branch: the saved state cannot come back through redo
        s.undo();
        assertThat(c.dirty().get()).isTrue();
    }

    @Test
    void openingATruncatedFileReportsWhyAndOpensNothing() throws Exception {
        OpenCanvas existing = vm.newCanvas();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"modules\": [");
        WorkspaceViewModel.OpenResult r = vm.open(bad);
        assertThat(r.canvas()).isEmpty();
        assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("bad.json"));
        assertThat(vm.canvases()).containsExactly(existing);
        assertThat(vm.current().get()).isSameAs(existing);
    }

    @Test
    void saveWithoutAFileAsksForOneAndSaveAsStreamrKeepsTheCanvasUnsaved() throws Exception {
        OpenCanvas c = vm.newCanvas();
        c.session().addModule("abs", 0, 0);
        assertThat(vm.save(c)).isEqualTo(CanvasDocuments.SaveOutcome.NEEDS_LOCATION);
        vm.saveAs(c, dir.resolve("out.json"), CanvasFormat.STREAMR);
        assertThat(c.file().get()).isNull();
        assertThat(c.dirty().get()).isTrue();
        assertThat(files.read(dir.resolve("out.json")).format()).isEqualTo(CanvasFormat.STREAMR);
    }

    @Test
    void closingTheCurrentCanvasMakesItsNeighbourCurrentAndTellsTheDocuments() {
        List<OpenCanvas> closed = new java.util.ArrayList<>();
        WorkspaceViewModel w = new WorkspaceViewModel(REGISTRY, files, new CanvasDocuments() {
            @Override
            public SaveOutcome save(OpenCanvas canvas) {
                return SaveOutcome.SAVED;
            }

            @Override
            public void closed(OpenCanvas canvas) {
                closed.add(canvas);
            }
        });
        OpenCanvas a = w.newCanvas();
        OpenCanvas b = w.openDocument(new CanvasDocument(), "B", null);
        w.close(b);
        assertThat(w.current().get()).isSameAs(a);
        assertThat(closed).containsExactly(b);
    }

    @Test
    void searchRanksExactNamesThenPrefixesThenAliasesThenHelp() {
        ModuleSearch search = new ModuleSearch(REGISTRY.all());
        List<ModuleDefinition> hits = search.search("add");
        assertThat(hits.get(0).id()).isEqualTo("add");
        assertThat(search.search("absolute").get(0).id()).isEqualTo("abs");
        assertThat(search.search("   ")).isEmpty();
        ModuleDefinition helpOnly = hits.stream().filter(d -> ModuleSearch.score(d, "add") == 10).findFirst()
            .orElse(null);
        if (helpOnly != null) {
            assertThat(hits.indexOf(helpOnly)).isGreaterThan(hits.indexOf(hits.get(0)));
        }
    }

    @Test
    void browserGroupsTypesByCategoryAndListsStreamsFromItsSupplier() {
        ModuleBrowserViewModel browser = new ModuleBrowserViewModel(REGISTRY, () -> List.of("prices"));
        assertThat(browser.categories().values().stream().mapToInt(List::size).sum())
            .isEqualTo(REGISTRY.all().size());
        assertThat(browser.streams()).containsExactly("prices");
        browser.query().set("moving");
        assertThat(browser.results().get()).extracting(ModuleDefinition::id).contains("moving-average");
        assertThat(browser.searching()).isTrue();
    }

    @Test
    void consoleListsErrorsFirstAndSummarises() {
        ConsoleViewModel console = new ConsoleViewModel();
        console.showProblems(Map.of(
            1, List.of(new Problem(1, "Label", Problem.Severity.WARNING, Problem.Kind.values()[0], "not connected")),
            2, List.of(new Problem(2, "Abs", Problem.Severity.ERROR, Problem.Kind.values()[0], "bad"))));
        assertThat(console.rows()).extracting(ConsoleViewModel.Row::hash).containsExactly(2, 1);
        assertThat(console.summary()).isEqualTo("1 error, 1 warning");
    }

    @Test
    void inspectorShowsParametersAndItsEditsAreUndoable() {
        OpenCanvas c = vm.newCanvas();
        int hash = c.session().addModule("moving-average", 0, 0);
        InspectorViewModel inspector = new InspectorViewModel();
        inspector.show(c.session(), hash);
        InspectorViewModel.Field length = inspector.module().get().fields().stream()
            .filter(f -> f.name().equals("windowLength")).findFirst().orElseThrow();
        assertThat(length.type()).isEqualTo(Double.class);
        assertThat(inspector.setField(length, "30").done()).isTrue();
        assertThat(inspector.module().get().fields().stream().filter(f -> f.name().equals("windowLength"))
            .findFirst().orElseThrow().value()).isEqualTo(30.0);
        c.session().undo();
        assertThat(inspector.module().get().fields().stream().filter(f -> f.name().equals("windowLength"))
            .findFirst().orElseThrow().value()).isNotEqualTo(30.0);
        assertThat(inspector.module().get().ports()).extracting(InspectorViewModel.PortToggles::port).contains("in");
        inspector.show(c.session(), null);
        assertThat(inspector.module().get()).isNull();
    }
}
