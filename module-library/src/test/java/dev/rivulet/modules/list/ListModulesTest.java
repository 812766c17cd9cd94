package dev.rivulet.modules.list;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }

    /** Stream field xs (a list) → module input → the module's outputs as table columns. */
    private ModuleNode[] listPipeline(String type, String input, String... outputs) {
        ModuleNode s = b.stream("s", "xs:List");
        ModuleNode m = b.add(type);
        ModuleNode table = b.add("table");
        b.connect(s, "xs", m, input);
        for (int i = 0; i < outputs.length; i++) {
            b.connect(m, outputs[i], table, "in" + (i + 1));
        }
        return new ModuleNode[] {m, table};
    }

    private static MemoryCursor lists(Object... lists) {
        MemoryCursor c = new MemoryCursor();
        for (int i = 0; i < lists.length; i++) {
            c.add(1000L * (i + 1), lists[i]);
        }
        return c;
    }

    private static List<Object> column(CanvasRun run, ModuleNode table) {
        List<Object> values = new ArrayList<>();
        for (List<Object> r : run.rows(table)) {
            values.add(r.get(0));
        }
        return values;
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("add-to-list", 548, "AddToList", "List");
        DefinitionChecks.assertCatalogued("append-to-list", 549, "AppendToList", "List");
        DefinitionChecks.assertCatalogued("build-list", 550, "BuildList", "List");
        DefinitionChecks.assertCatalogued("constant-list", 802, "ConstantList", "List", "ListConstant");
        DefinitionChecks.assertCatalogued("contains-item", 551, "ContainsItem", "List");
        DefinitionChecks.assertCatalogued("flatten-list", 552, "FlattenList", "List");
        DefinitionChecks.assertCatalogued("get-from-list", 1012, "GetFromList", "List");
        DefinitionChecks.assertCatalogued("head-list", 553, "HeadList", "List");
        DefinitionChecks.assertCatalogued("indexes-of-item", 561, "IndexesOfItem", "List");
        DefinitionChecks.assertCatalogued("index-of-item", 560, "IndexOfItem", "List");
        DefinitionChecks.assertCatalogued("indices", 541, "Indices", "List", "Indexes");
        DefinitionChecks.assertCatalogued("list-size", 544, "ListSize", "List");
        DefinitionChecks.assertCatalogued("list-to-events", 1030, "ListToEvents", "List");
        DefinitionChecks.assertCatalogued("merge-list", 554, "MergeList", "List");
        DefinitionChecks.assertCatalogued("range", 545, "Range", "List");
        DefinitionChecks.assertCatalogued("remove-from-list", 555, "RemoveFromList", "List");
        DefinitionChecks.assertCatalogued("repeat-item", 540, "RepeatItem", "List");
        DefinitionChecks.assertCatalogued("reverse-list", 556, "ReverseList", "List");
        DefinitionChecks.assertCatalogued("shuffle-list", 565, "ShuffleList", "List");
        DefinitionChecks.assertCatalogued("sort-list", 557, "SortList", "List");
        DefinitionChecks.assertCatalogued("sub-list", 546, "SubList", "List");
        DefinitionChecks.assertCatalogued("tail-list", 558, "TailList", "List");
        DefinitionChecks.assertCatalogued("unique", 559, "Unique", "List");
    }

    @Test
    void portsAndDefaultsFollowTheCatalogue() {
        ModuleNode add = b.add("add-to-list");
        assertThat(add.inputs).extracting(p -> p.name).containsExactly("item", "list");
        assertThat(add.outputs).extracting(p -> p.name).containsExactly("list", "error");
        assertThat(add.param("index").orElseThrow().value).isEqualTo(0.0);
        assertThat(b.add("head-list").param("limit").orElseThrow().value).isEqualTo(50.0);
        assertThat(b.add("repeat-item").param("times").orElseThrow().value).isEqualTo(10.0);
        ModuleNode range = b.add("range");
        assertThat(range.params).extracting(p -> p.name).containsExactly("from", "to", "step");
        assertThat(range.params).extracting(p -> p.value).containsExactly(0.0, 100.0, 1.0);
        ModuleNode sub = b.add("sub-list");
        assertThat(sub.params).extracting(p -> p.value).containsExactly(0.0, 1.0);
        assertThat(sub.outputs).extracting(p -> p.name).containsExactly("out", "error");
        assertThat(b.add("flatten-list").param("deep").orElseThrow().value).isEqualTo(false);
        assertThat(b.add("get-from-list").outputs).extracting(p -> p.name).containsExactly("error", "out");
        assertThat(b.add("indices").outputs).extracting(p -> p.name).containsExactly("list", "indices");
    }

    // ---- AddToList / AppendToList / MergeList -----------------------------------------------------------------

    @Test
    void addToListInsertsAtThePositionWithoutChangingTheIncomingList() {
        ModuleNode s = b.stream("s", "xs:List", "x:String");
        ModuleNode add = b.add("add-to-list");
        b.param(add, "index", 1);
        ModuleNode table = b.add("table");
        b.connect(s, "xs", add, "list").connect(s, "x", add, "item").connect(add, "list", table, "in1")
            .connect(add, "error", table, "in2");
        List<Object> incoming = new ArrayList<>(list("a", "b"));
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, incoming, "x").add(2000, list(), "y")).run();
        // position 1 is past the end of an empty list: reported, no list sent
        assertThat(run.rows(table)).containsExactly(row(list("a", "x", "b"), null),
            row(null, "Index 1 is out of bounds! List length: 0"));
        assertThat(incoming).containsExactly("a", "b");
    }

    @Test
    void addToListRejectsAFractionalIndex() {
        ModuleNode s = b.stream("s", "xs:List", "x:String");
        ModuleNode add = b.add("add-to-list");
        b.param(add, "index", 0.5);
        ModuleNode table = b.add("table");
        b.connect(s, "xs", add, "list").connect(s, "x", add, "item").connect(add, "list", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, list(1.0), "x")).run();
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.failures()).singleElement().asString().contains("index must be a whole number, got 0.5");
    }

    @Test
    void appendToListAddsTheItemAtTheEnd() {
        ModuleNode s = b.stream("s", "xs:List", "x:Double");
        ModuleNode app = b.add("append-to-list");
        ModuleNode table = b.add("table");
        b.connect(s, "xs", app, "list").connect(s, "x", app, "item").connect(app, "list", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, list(1.0, 2.0), 3).add(2000, list(), 4)).run();
        assertThat(column(run, table)).containsExactly(list(1.0, 2.0, 3.0), list(4.0));
    }

    @Test
    void mergeListPutsHeadBeforeTail() {
        ModuleNode s = b.stream("s", "h:List", "t:List");
        ModuleNode merge = b.add("merge-list");
        ModuleNode table = b.add("table");
        b.connect(s, "h", merge, "head").connect(s, "t", merge, "tail").connect(merge, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, list(1.0, 2.0), list("a")).add(2000, list(), list())).run();
        assertThat(column(run, table)).containsExactly(list(1.0, 2.0, "a"), list());
    }

    // ---- BuildList / ConstantList / Range / RepeatItem ----------------------------------------------------------

    @Test
    void buildListCollectsTheConnectedInputsInOrder() {
        ModuleNode s = b.stream("s", "x:Double", "name:String");
        ModuleNode build = b.add("build-list");
        ModuleNode table = b.add("table");
        b.connect(s, "name", build, "in1").connect(s, "x", build, "in2").connect(build, "out", table, "in1");
        // connecting in2 grew a spare in3, which stays unconnected and is left out
        assertThat(build.inputs).extracting(p -> p.name).containsExactly("in1", "in2", "in3");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, "a").add(2000, 2, null)).run();
        // the second event has no name: the list keeps the previous one
        assertThat(column(run, table)).containsExactly(list("a", 1.0), list("a", 2.0));
    }

    @Test
    void constantListIsPulledAndALiveChangeIsSent() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode constant = b.add("constant-list");
        b.param(constant, "list", "[1, \"a\", [2]]");
        ModuleNode contains = b.add("contains-item");
        ModuleNode table = b.add("table");
        b.connect(constant, "out", contains, "list").connect(s, "x", contains, "item")
            .connect(contains, "found", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1).add(2000, 2)).run();
        // JSON integers become numbers like any other: 1 from the text equals 1.0 from the stream
        assertThat(column(run, table)).containsExactly(true, false);

        run.runtime().setParameter(constant.hash, "list", "2, 3");
        // words without brackets are text; the change re-evaluates ContainsItem with the last item (2.0)
        assertThat(column(run, table)).containsExactly(true, false, false);
    }

    @Test
    void constantListWithBrokenJsonIsReported() {
        ModuleNode constant = b.add("constant-list");
        b.param(constant, "list", "[1, 2");
        ModuleNode size = b.add("list-size");
        b.connect(constant, "out", size, "in");
        CanvasRun run = new CanvasRun(b.build());
        run.start();
        assertThat(run.runtime().problems().get(constant.hash)).singleElement().asString()
            .contains("list is not a list");
    }

    @Test
    void rangeIsPulledDownstreamAndALiveChangeSendsTheNewList() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode range = b.add("range");
        b.param(range, "to", 1).param(range, "step", 0.1);
        ModuleNode append = b.add("append-to-list");
        ModuleNode table = b.add("table");
        b.connect(range, "out", append, "list").connect(s, "x", append, "item").connect(append, "list", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 9)).run();
        // 0, 0.1 ... 1.0: 11 numbers, the last one reached exactly, then the appended 9
        @SuppressWarnings("unchecked")
        List<Object> first = (List<Object>) column(run, table).get(0);
        assertThat(first).hasSize(12).startsWith(0.0, 0.1, 0.2).endsWith(1.0, 9.0);

        run.runtime().setParameter(range.hash, "from", 5);
        run.runtime().setParameter(range.hash, "step", -2);
        // counting down from 5 to 1; the sign of step is ignored
        assertThat(column(run, table)).hasSize(3).last().isEqualTo(list(5.0, 3.0, 1.0, 9.0));
    }

    @Test
    void rangeWithStepZeroIsReported() {
        ModuleNode range = b.add("range");
        b.param(range, "step", 0);
        ModuleNode size = b.add("list-size");
        b.connect(range, "out", size, "in");
        CanvasRun run = new CanvasRun(b.build());
        run.start();
        assertThat(run.runtime().problems().get(range.hash)).singleElement().asString()
            .contains("step must not be 0");
    }

    @Test
    void repeatItemMakesCopiesAndRejectsANegativeCount() {
        ModuleNode s = b.stream("s", "x:String");
        ModuleNode ok = b.add("repeat-item");
        b.param(ok, "times", 3);
        ModuleNode bad = b.add("repeat-item");
        b.param(bad, "times", -1);
        ModuleNode table = b.add("table");
        b.connect(s, "x", ok, "item").connect(s, "x", bad, "item").connect(ok, "list", table, "in1")
            .connect(bad, "list", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "x")).run();
        assertThat(run.rows(table)).containsExactly(row(list("x", "x", "x"), null));
        assertThat(run.failures()).singleElement().asString().contains("times cannot be negative");
    }

    // ---- ContainsItem / IndexOfItem / IndexesOfItem -------------------------------------------------------------

    @Test
    void searchModulesFindItemsByValue() {
        ModuleNode s = b.stream("s", "xs:List", "x:Object");
        ModuleNode contains = b.add("contains-item");
        ModuleNode first = b.add("index-of-item");
        ModuleNode all = b.add("indexes-of-item");
        ModuleNode table = b.add("table");
        for (ModuleNode m : List.of(contains, first, all)) {
            b.connect(s, "xs", m, "list").connect(s, "x", m, "item");
        }
        b.connect(contains, "found", table, "in1").connect(first, "index", table, "in2")
            .connect(all, "indexes", table, "in3");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor()
                .add(1000, list("a", 2L, "a", list(1.0)), "a")
                .add(2000, list("a", 2L), 2.0)
                .add(3000, list(1.0, list(1L)), list(1.0))
                .add(4000, list("b"), "a"))
            .run();
        // 2 (a Long, as a JSON parser gives) equals 2.0; lists compare item by item; IndexOfItem sends nothing
        // for a missing item
        assertThat(run.rows(table)).containsExactly(
            row(true, 0.0, list(0.0, 2.0)),
            row(true, 1.0, list(1.0)),
            row(true, 1.0, list(1.0)),
            row(false, null, list()));
    }

    // ---- FlattenList ------------------------------------------------------------------------------------------

    @Test
    void flattenListOpensOneLevelOrAllLevels() {
        ModuleNode s = b.stream("s", "xs:List");
        ModuleNode shallow = b.add("flatten-list");
        ModuleNode deep = b.add("flatten-list");
        b.param(deep, "deep", true);
        ModuleNode table = b.add("table");
        b.connect(s, "xs", shallow, "in").connect(s, "xs", deep, "in").connect(shallow, "out", table, "in1")
            .connect(deep, "out", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", lists(list(list(1.0, list(2.0)), 3.0, list()), list())).run();
        assertThat(run.rows(table)).containsExactly(row(list(1.0, list(2.0), 3.0), list(1.0, 2.0, 3.0)),
            row(list(), list()));
    }

    // ---- GetFromList / RemoveFromList -------------------------------------------------------------------------

    @Test
    void getFromListCountsNegativePositionsFromTheEndAndReportsBadOnes() {
        ModuleNode[] p = listPipeline("get-from-list", "in", "out", "error");
        b.param(p[0], "index", -2);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", lists(list("a", "b", "c"), list("a"), list(), Arrays.asList(null, "x"))).run();
        assertThat(run.rows(p[1])).containsExactly(row("b", null),
            row(null, "Index -2 is out of bounds! List length: 1"), row(null, "List is empty"),
            row(null, "The item at index -2 is empty"));
    }

    @Test
    void removeFromListDropsOneItemOrLeavesTheListAlone() {
        ModuleNode[] p = listPipeline("remove-from-list", "in", "out");
        b.param(p[0], "index", -1);
        CanvasRun run = new CanvasRun(b.build()).replay("s", lists(list(1.0, 2.0, 3.0), list())).run();
        assertThat(column(run, p[1])).containsExactly(list(1.0, 2.0), list());
    }

    // ---- HeadList / TailList / SubList --------------------------------------------------------------------------

    @Test
    void headAndTailKeepAtMostLimitItems() {
        ModuleNode s = b.stream("s", "xs:List");
        ModuleNode head = b.add("head-list");
        ModuleNode tail = b.add("tail-list");
        b.param(head, "limit", 2).param(tail, "limit", 2);
        ModuleNode table = b.add("table");
        b.connect(s, "xs", head, "in").connect(s, "xs", tail, "in").connect(head, "out", table, "in1")
            .connect(tail, "out", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", lists(list(1.0, 2.0, 3.0), list(4.0))).run();
        assertThat(run.rows(table)).containsExactly(row(list(1.0, 2.0), list(2.0, 3.0)),
            row(list(4.0), list(4.0)));
    }

    @Test
    void headListRejectsANegativeLimit() {
        ModuleNode[] p = listPipeline("head-list", "in", "out");
        b.param(p[0], "limit", -1);
        CanvasRun run = new CanvasRun(b.build()).replay("s", lists(list(1.0))).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString()
            .contains("limit cannot be negative");
    }

    @Test
    void subListCutsFromUpToButNotIncludingTo() {
        ModuleNode[] p = listPipeline("sub-list", "in", "out", "error");
        b.param(p[0], "from", 1).param(p[0], "to", 3);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", lists(list("a", "b", "c", "d"), list("a", "b"))).run();
        assertThat(run.rows(p[1])).containsExactly(row(list("b", "c"), null),
            row(null, "to 3 is past the end of the list (length 2)"));
    }

    // ---- Indices / ListSize -------------------------------------------------------------------------------------

    @Test
    void indicesPassesTheListOnWithItsPositions() {
        ModuleNode[] p = listPipeline("indices", "list", "list", "indices");
        CanvasRun run = new CanvasRun(b.build()).replay("s", lists(list("a", "b"), list())).run();
        assertThat(run.rows(p[1])).containsExactly(row(list("a", "b"), list(0.0, 1.0)), row(list(), list()));
    }

    @Test
    void listSizeCountsItemsIncludingEmptyOnes() {
        ModuleNode[] p = listPipeline("list-size", "in", "size");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", lists(list(1.0, 2.0), list(), Arrays.asList(null, null, 3.0))).run();
        assertThat(column(run, p[1])).containsExactly(2.0, 0.0, 3.0);
    }

    // ---- ListToEvents -------------------------------------------------------------------------------------------

    @Test
    void listToEventsRunsDownstreamModulesOncePerItem() {
        ModuleNode s = b.stream("s", "xs:List");
        ModuleNode events = b.add("list-to-events");
        ModuleNode count = b.add("count");
        ModuleNode table = b.add("table");
        b.connect(s, "xs", events, "list").connect(events, "item", table, "in1").connect(events, "item", count, "in")
            .connect(count, "count", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", lists(list("a", 2.0, true), list(), Arrays.asList("b", null))).run();
        // every item reaches the table and the counter as an event of its own; an empty list sends nothing and an
        // empty item is skipped
        assertThat(run.rows(table)).containsExactly(row("a", 1.0), row(2.0, 2.0), row(true, 3.0), row("b", 4.0));
        assertThat(run.rowTimes(table)).containsExactly(1000L, 1000L, 1000L, 3000L);
        assertThat(run.failures()).isEmpty();
    }

    // ---- ReverseList / ShuffleList / SortList / Unique ----------------------------------------------------------

    @Test
    void reverseListTurnsTheOrderAround() {
        ModuleNode[] p = listPipeline("reverse-list", "in", "out");
        CanvasRun run = new CanvasRun(b.build()).replay("s", lists(list(1.0, "b", 3.0), list())).run();
        assertThat(column(run, p[1])).containsExactly(list(3.0, "b", 1.0), list());
    }

    @Test
    void shuffleListKeepsTheSameItems() {
        ModuleNode[] p = listPipeline("shuffle-list", "in", "out");
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            items.add((double) i);
        }
        CanvasRun run = new CanvasRun(b.build()).replay("s", lists(items, list())).run();
        List<Object> out = column(run, p[1]);
        @SuppressWarnings("unchecked")
        List<Object> shuffled = (List<Object>) out.get(0);
        assertThat(shuffled).containsExactlyInAnyOrderElementsOf(items).isNotEqualTo(items);
        assertThat(out.get(1)).isEqualTo(list());
    }

    @Test
    void sortListOrdersNumbersTextAndBooleansWithEmptyItemsLast() {
        ModuleNode s = b.stream("s", "xs:List");
        ModuleNode asc = b.add("sort-list");
        ModuleNode desc = b.add("sort-list");
        b.param(desc, "order", "desc");
        ModuleNode table = b.add("table");
        b.connect(s, "xs", asc, "in").connect(s, "xs", desc, "in").connect(asc, "out", table, "in1")
            .connect(desc, "out", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", lists(Arrays.asList("b", 10.0, null, true, 2L, "a", false))).run();
        assertThat(run.rows(table)).containsExactly(row(
            Arrays.asList(2L, 10.0, "a", "b", false, true, null),
            Arrays.asList(true, false, "b", "a", 10.0, 2L, null)));
    }

    @Test
    void sortListRejectsAnUnknownOrder() {
        ModuleNode[] p = listPipeline("sort-list", "in", "out");
        b.param(p[0], "order", "random");
        CanvasRun run = new CanvasRun(b.build()).replay("s", lists(list(2.0, 1.0))).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.failures()).singleElement().asString().contains("order must be asc or desc");
    }

    @Test
    void uniqueKeepsFirstOccurrences() {
        ModuleNode[] p = listPipeline("unique", "list", "list");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", lists(list("a", 1.0, "a", 1L, -0.0, 0.0, list(1.0), list(1L)), list())).run();
        assertThat(column(run, p[1])).containsExactly(list("a", 1.0, -0.0, list(1.0)), list());
    }
}
