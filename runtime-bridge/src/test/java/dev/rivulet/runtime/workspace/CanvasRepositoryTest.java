package dev.rivulet.runtime.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.document.CanvasDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanvasRepositoryTest {
    @TempDir
    Path dir;

    private CanvasRepository canvases;

    @BeforeEach
    void open() {
        canvases = Workspaces.repository(dir);
    }

    @Test
    void createsACanvasWithItsFirstVersionAndOpensItAgain() {
        CanvasSummary c = canvases.create("Price alerts", Workspaces.smallCanvas(), VersionKind.CREATE);

        OpenedCanvas opened = Workspaces.repository(dir).open(c.id());

        assertThat(opened.document().modules).extracting(m -> m.hash).containsExactly(1, 2);
        assertThat(opened.document().name).isEqualTo("Price alerts");
        assertThat(opened.document().id).isEqualTo(c.id());
        assertThat(opened.recovered()).isFalse();
        assertThat(c.modules()).isEqualTo(2);
        assertThat(new VersionHistory(canvases).versions(c.id())).singleElement()
            .satisfies(v -> {
                assertThat(v.kind()).isEqualTo(VersionKind.CREATE);
                assertThat(v.summary()).isEqualTo("created with 2 modules and 1 connection");
            });
    }

    @Test
    void listsBySearchAndSortsByNameOrLastChange() throws Exception {
        CanvasSummary b = canvases.create("beta prices", new CanvasDocument(), VersionKind.CREATE);
        Thread.sleep(5);
        CanvasSummary a = canvases.create("Alpha prices", new CanvasDocument(), VersionKind.CREATE);
        Thread.sleep(5);
        canvases.create("weather 100%_x", new CanvasDocument(), VersionKind.CREATE);
        Thread.sleep(5);
        canvases.rename(b.id(), "beta prices");

        assertThat(canvases.list("PRICES", CanvasSort.NAME)).extracting(CanvasSummary::name)
            .containsExactly("Alpha prices", "beta prices");
        assertThat(canvases.list("", CanvasSort.UPDATED)).extracting(CanvasSummary::name)
            .containsExactly("beta prices", "weather 100%_x", "Alpha prices");
        assertThat(canvases.list("0%_", CanvasSort.NAME)).extracting(CanvasSummary::name)
            .containsExactly("weather 100%_x");
        assertThat(canvases.list("%", CanvasSort.NAME)).hasSize(1);
        assertThat(a.opened()).isNull();
    }

    @Test
    void renamesDuplicatesAndDeletes() {
        CanvasSummary c = canvases.create("Original", Workspaces.smallCanvas(), VersionKind.CREATE);

        canvases.rename(c.id(), "  Renamed ");
        CanvasSummary copy = canvases.duplicate(c.id(), "Renamed (copy)");
        canvases.delete(c.id());

        assertThat(canvases.list("", CanvasSort.NAME)).extracting(CanvasSummary::name)
            .containsExactly("Renamed (copy)");
        assertThat(canvases.open(copy.id()).document().modules).hasSize(2);
        assertThat(new VersionHistory(canvases).versions(copy.id())).singleElement()
            .extracting(VersionInfo::summary).asString().startsWith("duplicated from Renamed: ");
        assertThat(canvases.find(c.id())).isEmpty();
        assertThatThrownBy(() -> canvases.rename(c.id(), "x")).isInstanceOf(WorkspaceException.class)
            .hasMessageContaining("no canvas");
        assertThatThrownBy(() -> canvases.rename(copy.id(), " ")).hasMessageContaining("needs a name");
    }

    @Test
    void openingMarksTheCanvasAsRecentlyOpened() throws Exception {
        CanvasSummary one = canvases.create("one", new CanvasDocument(), VersionKind.CREATE);
        CanvasSummary two = canvases.create("two", new CanvasDocument(), VersionKind.CREATE);
        canvases.create("never", new CanvasDocument(), VersionKind.CREATE);

        canvases.open(two.id());
        Thread.sleep(5);
        canvases.open(one.id());

        assertThat(canvases.recent(5)).extracting(CanvasSummary::name).containsExactly("one", "two");
        assertThat(canvases.recent(5).get(0).opened()).isNotNull();
    }

    @Test
    void savingMakesAVersionOnlyWhenTheDocumentChanged() {
        CanvasSummary c = canvases.create("Saves", Workspaces.smallCanvas(), VersionKind.CREATE);
        CanvasDocument doc = canvases.open(c.id()).document();

        assertThat(canvases.save(c.id(), doc, VersionKind.SAVE)).isEmpty();
        Workspaces.add(doc, "add", 3, 0, 100);
        VersionInfo v2 = canvases.save(c.id(), doc, VersionKind.AUTOSAVE).orElseThrow();

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.kind()).isEqualTo(VersionKind.AUTOSAVE);
        assertThat(v2.summary()).isEqualTo("added 1 module (Add)");
        assertThat(canvases.open(c.id()).document().modules).hasSize(3);
        assertThat(canvases.find(c.id()).orElseThrow().modules()).isEqualTo(3);
    }
}
