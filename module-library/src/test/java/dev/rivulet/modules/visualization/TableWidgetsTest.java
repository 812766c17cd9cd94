package dev.rivulet.modules.visualization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ListAsTable and MapAsTable: tables whose whole contents are replaced by each value. */
class TableWidgetsTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    /** Header lists and replaced contents, in publication order, as "hdr:..." and the Generic body's payload. */
    private static List<Object> published(CanvasRun run, ModuleNode m) {
        return run.messages(m).stream().map(x -> x instanceof UiMessage.TableHeaders h ? (Object) ("hdr:" + h.headers())
            : ((UiMessage.Generic) x).body().get(((UiMessage.Generic) x).type())).toList();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        assertThat(DefinitionChecks.assertCatalogued("list-as-table", 1011, "ListAsTable", "Utils").widget())
            .isEqualTo("table");
        assertThat(DefinitionChecks.assertCatalogued("map-as-table", 236, "MapAsTable", "Utils").widget())
            .isEqualTo("table");
    }

    @Test
    void listOfMapsBecomesOneColumnPerKeyWithEmptyCellsForMissingKeys() {
        ModuleNode s = b.stream("s", "rows:List");
        ModuleNode t = b.add("list-as-table");
        b.connect(s, "rows", t, "list");
        List<Object> first = List.of(map("a", 1.0, "b", "x"), map("b", "y", "c", true));
        List<Object> second = List.of(map("a", 2.0), map("b", "z"));
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, first).add(2000, second)).run();
        // the second list has the same columns: no new headers, only new contents
        assertThat(published(run, t)).containsExactly(
            "hdr:[i, a, b, c]",
            List.of(List.of(0.0, 1.0, "x", ""), List.of(1.0, "", "y", true)),
            "hdr:[i, a, b]",
            List.of(List.of(0.0, 2.0, ""), List.of(1.0, "", "z")));
    }

    @Test
    void plainValuesAndListsGetValueAndPositionColumns() {
        ModuleNode s = b.stream("s", "rows:List");
        ModuleNode t = b.add("list-as-table");
        b.connect(s, "rows", t, "list");
        List<Object> mixed = List.of(5.0, List.of(1.0, 2.0), map("k", "v"));
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, mixed)
            .add(2000, List.of()).add(3000, List.of())).run();
        assertThat(published(run, t)).containsExactly(
            "hdr:[i, value, k, [0], [1]]",
            List.of(List.of(0.0, 5.0, "", "", ""), List.of(1.0, "", "", 1.0, 2.0), List.of(2.0, "", "v", "", "")),
            "hdr:[List is empty]",
            List.of(),
            List.of());
        assertThat(run.messages(t)).filteredOn(m -> m instanceof UiMessage.Generic)
            .allSatisfy(m -> assertThat(((UiMessage.Generic) m).type()).isEqualTo("nc"));
    }

    @Test
    void listAsTableReportsAValueThatIsNotAList() {
        ModuleNode s = b.stream("s", "rows:Object");
        ModuleNode t = b.add("list-as-table");
        b.connect(s, "rows", t, "list");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "oops")
            .add(2000, List.of(1.0))).run();
        assertThat(run.failures()).singleElement().asString().contains("expected a List", "oops");
        assertThat(published(run, t)).containsExactly("hdr:[i, value]", List.of(List.of(0.0, 1.0)));
    }

    @Test
    void mapAsTableSendsHeadersOnceAndThenEachMap() {
        ModuleNode s = b.stream("s", "m:Map");
        ModuleNode t = b.add("map-as-table");
        b.connect(s, "m", t, "map");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, map("a", 1.0, "b", "x")).add(2000, map()).add(3000, map("c", true)))
            .run();
        assertThat(published(run, t)).containsExactly("hdr:[key, value]", map("a", 1.0, "b", "x"), map(),
            map("c", true));
        assertThat(run.runtime().module(t.hash).canClearState()).isFalse();
    }
}
