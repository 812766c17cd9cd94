package dev.rivulet.modules.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.NativeCodec;
import dev.rivulet.document.OptionNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.document.VariadicNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }

    /** A map with the given keys and values, in order. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Stream field m (a map) → module input → the module's outputs as table columns. */
    private ModuleNode[] mapPipeline(String type, String input, String... outputs) {
        ModuleNode s = b.stream("s", "m:Map");
        ModuleNode m = b.add(type);
        ModuleNode table = b.add("table");
        b.connect(s, "m", m, input);
        for (int i = 0; i < outputs.length; i++) {
            b.connect(m, outputs[i], table, "in" + (i + 1));
        }
        return new ModuleNode[] {m, table};
    }

    private static MemoryCursor maps(Object... maps) {
        MemoryCursor c = new MemoryCursor();
        for (int i = 0; i < maps.length; i++) {
            c.add(1000L * (i + 1), maps[i]);
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

    /** Keys of a map in its order (map equality ignores order). */
    private static List<String> keys(Object map) {
        return new ArrayList<>(((Map<String, ?>) map).keySet());
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("build-map", 501, "BuildMap", "Map");
        DefinitionChecks.assertCatalogued("collect-from-maps", 526, "CollectFromMaps", "Map");
        DefinitionChecks.assertCatalogued("constant-map", 800, "ConstantMap", "Map", "MapConstant");
        DefinitionChecks.assertCatalogued("contains-value", 224, "ContainsValue", "Map");
        DefinitionChecks.assertCatalogued("count-by-key", 221, "CountByKey", "Map");
        DefinitionChecks.assertCatalogued("filter-map", 525, "FilterMap", "Map");
        DefinitionChecks.assertCatalogued("get-from-map", 225, "GetFromMap", "Map");
        DefinitionChecks.assertCatalogued("get-multi-from-map", 523, "GetMultiFromMap", "Map");
        DefinitionChecks.assertCatalogued("head-map", 226, "HeadMap", "Map");
        DefinitionChecks.assertCatalogued("keys-to-list", 227, "KeysToList", "Map");
        DefinitionChecks.assertCatalogued("map-size", 235, "MapSize", "Map");
        DefinitionChecks.assertCatalogued("merge-map", 233, "MergeMap", "Map");
        DefinitionChecks.assertCatalogued("new-map", 232, "NewMap", "Map");
        DefinitionChecks.assertCatalogued("put-to-map", 228, "PutToMap", "Map");
        DefinitionChecks.assertCatalogued("remove-from-map", 234, "RemoveFromMap", "Map");
        DefinitionChecks.assertCatalogued("sort-map", 229, "SortMap", "Map");
        DefinitionChecks.assertCatalogued("sum-by-key", 222, "SumByKey", "Map");
        DefinitionChecks.assertCatalogued("tail-map", 230, "TailMap", "Map");
        DefinitionChecks.assertCatalogued("values-to-list", 231, "ValuesToList", "Map");
    }

    @Test
    void portsAndDefaultsFollowTheCatalogue() {
        ModuleNode sum = b.add("sum-by-key");
        assertThat(sum.inputs).extracting(p -> p.name).containsExactly("key", "value");
        assertThat(sum.outputs).extracting(p -> p.name).containsExactly("map", "valueOfCurrentKey");
        assertThat(sum.params).extracting(p -> p.name)
            .containsExactlyInAnyOrder("windowLength", "windowType", "sort", "maxKeyCount");
        assertThat(sum.params).extracting(p -> p.value).containsExactlyInAnyOrder(0.0, "events", false, 0.0);
        assertThat(b.add("get-from-map").param("key").orElseThrow().value).isEqualTo("id");
        assertThat(b.add("get-from-map").outputs).extracting(p -> p.name).containsExactly("found", "out");
        assertThat(b.add("new-map").param("alwaysNew").orElseThrow().value).isEqualTo(false);
        ModuleNode multi = b.add("get-multi-from-map");
        assertThat(multi.outputs).extracting(p -> p.name).containsExactly("out-1", "founds");
        ModuleNode build = b.add("build-map");
        assertThat(build.inputs).extracting(p -> p.name).containsExactly("in-1");
        assertThat(build.options.get("numOfKeys").value).isEqualTo(1);
        ModuleNode sort = b.add("sort-map");
        assertThat(sort.params).extracting(p -> p.value).containsExactly("value", "asc");
        assertThat(b.add("remove-from-map").outputs).extracting(p -> p.name).containsExactly("out", "item");
        assertThat(b.add("values-to-list").outputs).extracting(p -> p.name).containsExactly("keys");
    }

    // ---- BuildMap ---------------------------------------------------------------------------------------------

    @Test
    void buildMapKeysEachValueByItsInputsName() {
        ModuleNode s = b.stream("s", "p:Double", "sym:String");
        ModuleNode build = b.add("build-map");
        b.option(build, "numOfKeys", 3);
        assertThat(build.inputs).extracting(p -> p.name).containsExactly("in-1", "in-2", "in-3");
        build.input("in-1").orElseThrow().displayName = "price";
        ModuleNode table = b.add("table");
        b.connect(s, "p", build, "in-1").connect(s, "sym", build, "in-2").connect(build, "map", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1.5, "ABC")).run();
        // in-3 is not connected and is left out; in-2 keeps its own name as key
        assertThat(column(run, table)).containsExactly(map("price", 1.5, "in-2", "ABC"));
        assertThat(keys(column(run, table).get(0))).containsExactly("price", "in-2");
    }

    @Test
    void buildMapReportsABadNumberOfKeys() {
        ModuleNode build = b.add("build-map");
        build.options.put("numOfKeys", new OptionNode("many", "int"));
        CanvasRun run = new CanvasRun(b.build());
        run.start();
        assertThat(run.runtime().problems().get(build.hash)).singleElement().asString()
            .contains("numOfKeys must be a whole number from 0 to 1000, got many");
    }

    // ---- CollectFromMaps --------------------------------------------------------------------------------------

    @Test
    void collectFromMapsPicksAPathFromEveryMapAndSkipsMisses() {
        ModuleNode s = b.stream("s", "x:Object");
        ModuleNode collect = b.add("collect-from-maps");
        b.param(collect, "selector", "parents[1].name");
        ModuleNode table = b.add("table");
        b.connect(s, "x", collect, "listOrMap").connect(collect, "listOrMap", table, "in1");
        Map<String, Object> bart = map("name", "Bart", "parents", list(map("name", "Marge"), map("name", "Homer")));
        Map<String, Object> pebbles = map("name", "Pebbles", "parents", list(map("name", "Wilma"),
            map("name", "Fred")));
        Map<String, Object> orphan = map("name", "Oliver");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor()
                .add(1000, list(bart, orphan, "not a map", pebbles))
                .add(2000, map("b", bart, "o", orphan, "p", pebbles)))
            .run();
        assertThat(column(run, table)).containsExactly(list("Homer", "Fred"), map("b", "Homer", "p", "Fred"));
        assertThat(keys(column(run, table).get(1))).containsExactly("b", "p");
    }

    @Test
    void collectFromMapsReadsListLengthsAndPassesEverythingWithoutASelector() {
        ModuleNode s = b.stream("s", "xs:List");
        ModuleNode lengths = b.add("collect-from-maps");
        b.param(lengths, "selector", "tags.length");
        ModuleNode all = b.add("collect-from-maps");
        ModuleNode table = b.add("table");
        b.connect(s, "xs", lengths, "listOrMap").connect(s, "xs", all, "listOrMap")
            .connect(lengths, "listOrMap", table, "in1").connect(all, "listOrMap", table, "in2");
        List<Object> input = Arrays.asList(map("tags", list("a", "b")), null, map("tags", list()));
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, input)).run();
        assertThat(run.rows(table)).containsExactly(row(list(2.0, 0.0),
            list(map("tags", list("a", "b")), map("tags", list()))));
    }

    @Test
    void listAndMapParametersSurviveSavingAndLoading() throws Exception {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode constant = b.add("constant-map");
        b.param(constant, "map", map("a", 1.0, "nested", list("x", map("y", true))));
        ModuleNode filter = b.add("filter-map");
        b.param(filter, "keys", list("nested"));
        ModuleNode put = b.add("put-to-map");
        ModuleNode table = b.add("table");
        b.connect(constant, "out", put, "map").connect(s, "x", put, "value").connect(put, "map", filter, "in")
            .connect(filter, "out", table, "in1");
        put.input("key").orElseThrow().initialValue = "k";
        NativeCodec codec = new NativeCodec();
        CanvasDocument loaded = codec.read(codec.write(b.build()), "test");
        CanvasRun run = new CanvasRun(loaded).replay("s", new MemoryCursor().add(1000, 5)).run();
        assertThat(column(run, table)).containsExactly(map("nested", list("x", map("y", true))));
        assertThat(run.failures()).isEmpty();
    }

    // ---- ConstantMap / ContainsValue -------------------------------------------------------------------------

    @Test
    void constantMapIsPulledAndALiveChangeIsSent() {
        ModuleNode s = b.stream("s", "x:Object");
        ModuleNode constant = b.add("constant-map");
        b.param(constant, "map", "{\"a\": 1, \"b\": \"two\"}");
        ModuleNode contains = b.add("contains-value");
        ModuleNode table = b.add("table");
        b.connect(constant, "out", contains, "in").connect(s, "x", contains, "value")
            .connect(contains, "found", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1).add(2000, "two").add(3000, "a")).run();
        // values are searched, not keys; 1 from the JSON text equals 1.0 from the stream
        assertThat(column(run, table)).containsExactly(true, true, false);

        run.runtime().setParameter(constant.hash, "map", map("k", "a"));
        assertThat(column(run, table)).containsExactly(true, true, false, true);
    }

    @Test
    void constantMapRejectsTextThatIsNotAJsonObject() {
        ModuleNode constant = b.add("constant-map");
        b.param(constant, "map", "[1, 2]");
        ModuleNode size = b.add("map-size");
        b.connect(constant, "out", size, "in");
        CanvasRun run = new CanvasRun(b.build());
        run.start();
        assertThat(run.runtime().problems().get(constant.hash)).singleElement().asString()
            .contains("map must be a map");
    }

    // ---- CountByKey / SumByKey ------------------------------------------------------------------------------

    @Test
    void countByKeyCountsEachKeyAndReportsTheCurrentOne() {
        ModuleNode s = b.stream("s", "k:String");
        ModuleNode count = b.add("count-by-key");
        ModuleNode table = b.add("table");
        b.connect(s, "k", count, "key").connect(count, "map", table, "in1")
            .connect(count, "valueOfCurrentKey", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "b").add(2000, "a").add(3000, "b").add(4000, 7)).run();
        // a number arriving as key is written as text
        assertThat(run.rows(table)).containsExactly(
            row(map("b", 1.0), 1.0),
            row(map("b", 1.0, "a", 1.0), 1.0),
            row(map("b", 2.0, "a", 1.0), 2.0),
            row(map("b", 2.0, "a", 1.0, "7", 1.0), 1.0));
        // unsorted: keys in the order they first arrived
        assertThat(keys(run.rows(table).get(3).get(0))).containsExactly("b", "a", "7");
    }

    @Test
    void countByKeySortedKeepsOnlyTheTopKeys() {
        ModuleNode s = b.stream("s", "k:String");
        ModuleNode count = b.add("count-by-key");
        b.param(count, "sort", true).param(count, "maxKeyCount", 2);
        ModuleNode table = b.add("table");
        b.connect(s, "k", count, "key").connect(count, "map", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "x").add(2000, "y").add(3000, "y").add(4000, "z")
                .add(5000, "x"))
            .run();
        List<Object> maps = column(run, table);
        assertThat(keys(maps.get(1))).containsExactly("x", "y"); // tie: by key
        assertThat(keys(maps.get(2))).containsExactly("y", "x");
        // z arrives with 1 and ties with x: x sorts first, so z is dropped at once and forgotten
        assertThat(maps.get(3)).isEqualTo(map("y", 2.0, "x", 1.0));
        assertThat(keys(maps.get(4))).containsExactly("x", "y");
        assertThat(maps.get(4)).isEqualTo(map("x", 2.0, "y", 2.0));
    }

    @Test
    void countByKeyHonoursStreamrsSortOptionAndAscendingOrder() {
        ModuleNode s = b.stream("s", "k:String");
        ModuleNode count = b.add("count-by-key");
        // as saved by Streamr's later versions: sort was an option, not a parameter
        count.params.removeIf(p -> p.name.equals("sort"));
        count.options.put("sort", new OptionNode(true, "boolean"));
        count.options.put("sortOrder", new OptionNode("ascending", "string"));
        ModuleNode table = b.add("table");
        b.connect(s, "k", count, "key").connect(count, "map", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "a").add(2000, "a").add(3000, "b")).run();
        assertThat(keys(column(run, table).get(2))).containsExactly("b", "a");
    }

    @Test
    void countByKeyTimeWindowForgetsOldEventsOnClockTicks() {
        ModuleNode s = b.stream("s", "k:String");
        ModuleNode count = b.add("count-by-key");
        b.param(count, "windowLength", 2).param(count, "windowType", "seconds");
        ModuleNode table = b.add("table");
        b.connect(s, "k", count, "key").connect(count, "map", table, "in1")
            .connect(count, "valueOfCurrentKey", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "a").add(1500, "b").add(2500, "a"))
            .run(Long.MIN_VALUE, 6000);
        // ticks at 3000, 4000 and 5000 expire one value each; emptied keys leave the map
        assertThat(run.rows(table)).containsExactly(
            row(map("a", 1.0), 1.0),
            row(map("a", 1.0, "b", 1.0), 1.0),
            row(map("a", 2.0, "b", 1.0), 2.0),
            row(map("a", 1.0, "b", 1.0), null),
            row(map("a", 1.0), null),
            row(map(), null));
        assertThat(run.rowTimes(table)).containsExactly(1000L, 1500L, 2500L, 3000L, 4000L, 5000L);
    }

    @Test
    void countByKeyStateSurvivesASnapshot() {
        ModuleNode s = b.stream("s", "k:String");
        ModuleNode count = b.add("count-by-key");
        ModuleNode table = b.add("table");
        b.connect(s, "k", count, "key").connect(count, "valueOfCurrentKey", table, "in1");
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc).replay("s", new MemoryCursor().add(1000, "a").add(2000, "a")).run();
        byte[] state = first.runtime().snapshot();
        CanvasRun second = new CanvasRun(doc).replay("s", new MemoryCursor().add(3000, "a").add(4000, "b"));
        second.start().restore(state);
        second.run();
        assertThat(column(second, table)).containsExactly(3.0, 1.0);

        second.runtime().clearState();
        CanvasRuntime rt = second.runtime();
        new ReplayLoop(rt).source(rt.streamSources().get(0), new MemoryCursor().add(5000, "a"))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        assertThat(column(second, table)).containsExactly(3.0, 1.0, 1.0);
    }

    @Test
    void countByKeyFollowsALiveWindowChange() {
        ModuleNode s = b.stream("s", "k:String");
        ModuleNode count = b.add("count-by-key");
        ModuleNode table = b.add("table");
        b.connect(s, "k", count, "key").connect(count, "valueOfCurrentKey", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "a").add(2000, "a").add(3000, "a")).run();
        run.runtime().setParameter(count.hash, "windowLength", 2);
        CanvasRuntime rt = run.runtime();
        new ReplayLoop(rt).source(rt.streamSources().get(0),
            new MemoryCursor().add(4000, "a").add(5000, "a").add(6000, "a"))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        // running totals cannot become a window: counting starts over, then stays at the window's 2 events
        assertThat(column(run, table)).containsExactly(1.0, 2.0, 3.0, 1.0, 2.0, 2.0);
    }

    @Test
    void sumByKeySumsTheLastEventsOfEachKey() {
        ModuleNode s = b.stream("s", "k:String", "v:Double");
        ModuleNode sum = b.add("sum-by-key");
        b.param(sum, "windowLength", 2);
        ModuleNode table = b.add("table");
        b.connect(s, "k", sum, "key").connect(s, "v", sum, "value").connect(sum, "map", table, "in1")
            .connect(sum, "valueOfCurrentKey", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "a", 1).add(2000, "b", 10).add(3000, "a", 2).add(4000, "a", 4)
                .add(5000, "b", -10))
            .run();
        // each key has its own window of 2 events
        assertThat(run.rows(table)).containsExactly(
            row(map("a", 1.0), 1.0),
            row(map("a", 1.0, "b", 10.0), 10.0),
            row(map("a", 3.0, "b", 10.0), 3.0),
            row(map("a", 6.0, "b", 10.0), 6.0),
            row(map("a", 6.0, "b", 0.0), 0.0));
    }

    @Test
    void sumByKeyRejectsAFractionalWindow() {
        ModuleNode s = b.stream("s", "k:String", "v:Double");
        ModuleNode sum = b.add("sum-by-key");
        b.param(sum, "windowLength", 1.5);
        ModuleNode table = b.add("table");
        b.connect(s, "k", sum, "key").connect(s, "v", sum, "value").connect(sum, "map", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "a", 1)).run();
        assertThat(run.runtime().problems().get(sum.hash)).singleElement().asString()
            .contains("windowLength must be a whole number");
        assertThat(run.rows(table)).isEmpty();
    }

    // ---- FilterMap / HeadMap / TailMap / SortMap -------------------------------------------------------------

    @Test
    void filterMapKeepsTheListedKeysInListOrder() {
        ModuleNode s = b.stream("s", "m:Map");
        ModuleNode filter = b.add("filter-map");
        b.param(filter, "keys", list("c", "a", "missing"));
        ModuleNode words = b.add("filter-map");
        b.param(words, "keys", "b, c");
        ModuleNode none = b.add("filter-map");
        ModuleNode table = b.add("table");
        b.connect(s, "m", filter, "in").connect(s, "m", words, "in").connect(s, "m", none, "in")
            .connect(filter, "out", table, "in1").connect(words, "out", table, "in2").connect(none, "out", table, "in3");
        Map<String, Object> in = map("a", 1.0, "b", 2.0, "c", 3.0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", maps(in)).run();
        assertThat(run.rows(table)).containsExactly(row(map("c", 3.0, "a", 1.0), map("b", 2.0, "c", 3.0), in));
        assertThat(keys(run.rows(table).get(0).get(0))).containsExactly("c", "a");
    }

    @Test
    void headAndTailMapKeepTheFirstOrLastEntries() {
        ModuleNode s = b.stream("s", "m:Map");
        ModuleNode head = b.add("head-map");
        ModuleNode tail = b.add("tail-map");
        b.param(head, "limit", 2).param(tail, "limit", 2);
        ModuleNode table = b.add("table");
        b.connect(s, "m", head, "in").connect(s, "m", tail, "in").connect(head, "out", table, "in1")
            .connect(tail, "out", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", maps(map("a", 1.0, "b", 2.0, "c", 3.0), map("z", 0.0), map())).run();
        assertThat(run.rows(table)).containsExactly(
            row(map("a", 1.0, "b", 2.0), map("b", 2.0, "c", 3.0)),
            row(map("z", 0.0), map("z", 0.0)),
            row(map(), map()));
        assertThat(keys(run.rows(table).get(0).get(1))).containsExactly("b", "c");
    }

    @Test
    void tailMapRejectsAFractionalLimit() {
        ModuleNode[] p = mapPipeline("tail-map", "in", "out");
        b.param(p[0], "limit", 2.5);
        CanvasRun run = new CanvasRun(b.build()).replay("s", maps(map("a", 1.0))).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.failures()).anyMatch(f -> f.contains("limit must be a whole number"));
    }

    @Test
    void sortMapOrdersByValueOrByKey() {
        ModuleNode s = b.stream("s", "m:Map");
        ModuleNode byValue = b.add("sort-map");
        ModuleNode byKeyDesc = b.add("sort-map");
        b.param(byKeyDesc, "by", "key").param(byKeyDesc, "order", "desc");
        ModuleNode table = b.add("table");
        b.connect(s, "m", byValue, "in").connect(s, "m", byKeyDesc, "in").connect(byValue, "out", table, "in1")
            .connect(byKeyDesc, "out", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", maps(map("b", 2.0, "c", "x", "a", 3.0, "d", 2.0))).run();
        List<Object> r = run.rows(table).get(0);
        // by value: numbers first (ties by key), then text
        assertThat(keys(r.get(0))).containsExactly("b", "d", "a", "c");
        assertThat(keys(r.get(1))).containsExactly("d", "c", "b", "a");
    }

    @Test
    void sortMapRejectsAnUnknownSortField() {
        ModuleNode[] p = mapPipeline("sort-map", "in", "out");
        b.param(p[0], "by", "size");
        CanvasRun run = new CanvasRun(b.build()).replay("s", maps(map("a", 1.0))).run();
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().problems().get(p[0].hash)).singleElement().asString()
            .contains("by must be key or value");
    }

    // ---- GetFromMap / GetMultiFromMap ------------------------------------------------------------------------

    @Test
    void getFromMapReadsKeysAndPathsAndSaysWhenNothingIsThere() {
        ModuleNode[] p = mapPipeline("get-from-map", "in", "found", "out");
        b.param(p[0], "key", "address.city");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", maps(
                map("address", map("city", "Helsinki")),
                map("address.city", "exact key wins", "address", map("city", "Espoo")),
                map("address", "no map here"),
                map("address", map("city", null))))
            .run();
        assertThat(run.rows(p[1])).containsExactly(row(true, "Helsinki"), row(true, "exact key wins"),
            row(false, null), row(false, null));
    }

    @Test
    void getMultiFromMapSendsEachConnectedOutputsKey() {
        ModuleNode s = b.stream("s", "m:Map");
        ModuleNode multi = b.add("get-multi-from-map");
        multi.output("out-1").orElseThrow().displayName = "price";
        PortNode second = new PortNode("out-2");
        second.type = "Object";
        second.displayName = "items[0].name";
        second.variadic = new VariadicNode();
        second.variadic.index = 2;
        PortNode spare = new PortNode("out-3");
        spare.type = "Object";
        spare.variadic = new VariadicNode();
        spare.variadic.index = 3;
        multi.outputs.add(1, second);
        multi.outputs.add(2, spare);
        ModuleNode table = b.add("table");
        b.connect(s, "m", multi, "in").connect(multi, "out-1", table, "in1").connect(multi, "out-2", table, "in2")
            .connect(multi, "founds", table, "in3");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", maps(map("price", 9.5, "items", list(map("name", "pen"))), map("price", 1.0))).run();
        // the spare out-3 is not connected and not looked up
        assertThat(run.rows(table)).containsExactly(
            row(9.5, "pen", map("price", true, "items[0].name", true)),
            row(1.0, null, map("price", true, "items[0].name", false)));
        assertThat(run.failures()).isEmpty();
    }

    // ---- KeysToList / ValuesToList / MapSize / MergeMap ------------------------------------------------------

    @Test
    void mapToListsAndSize() {
        ModuleNode s = b.stream("s", "m:Map");
        ModuleNode keys = b.add("keys-to-list");
        ModuleNode values = b.add("values-to-list");
        ModuleNode size = b.add("map-size");
        ModuleNode table = b.add("table");
        b.connect(s, "m", keys, "in").connect(s, "m", values, "in").connect(s, "m", size, "in")
            .connect(keys, "keys", table, "in1").connect(values, "keys", table, "in2").connect(size, "size", table,
                "in3");
        CanvasRun run = new CanvasRun(b.build()).replay("s", maps(map("x", 1.0, "y", "b"), map())).run();
        assertThat(run.rows(table)).containsExactly(row(list("x", "y"), list(1.0, "b"), 2.0),
            row(list(), list(), 0.0));
    }

    @Test
    void mergeMapLetsTheRightMapWin() {
        ModuleNode s = b.stream("s", "l:Map", "r:Map");
        ModuleNode merge = b.add("merge-map");
        ModuleNode table = b.add("table");
        b.connect(s, "l", merge, "leftMap").connect(s, "r", merge, "rightMap").connect(merge, "out", table, "in1");
        Map<String, Object> left = map("a", 1.0, "b", 2.0);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, left, map("b", 3.0, "c", 4.0))).run();
        assertThat(column(run, table)).containsExactly(map("a", 1.0, "b", 3.0, "c", 4.0));
        assertThat(left).isEqualTo(map("a", 1.0, "b", 2.0));
    }

    // ---- NewMap / PutToMap / RemoveFromMap -------------------------------------------------------------------

    @Test
    void newMapAndPutToMapBuildAFreshMapPerEvent() {
        ModuleNode s = b.stream("s", "k:String", "v:Double");
        ModuleNode fresh = b.add("new-map");
        ModuleNode put = b.add("put-to-map");
        ModuleNode table = b.add("table");
        b.connect(s, "v", fresh, "trigger").connect(fresh, "out", put, "map").connect(s, "k", put, "key")
            .connect(s, "v", put, "value").connect(put, "map", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "a", 1).add(2000, "b", 2)).run();
        // the map NewMap sends is never filled in place: each event starts from an empty one
        assertThat(column(run, table)).containsExactly(map("a", 1.0), map("b", 2.0));
    }

    @Test
    void putToMapReplacesAnExistingKey() {
        ModuleNode s = b.stream("s", "m:Map", "k:String", "v:Object");
        ModuleNode put = b.add("put-to-map");
        ModuleNode table = b.add("table");
        b.connect(s, "m", put, "map").connect(s, "k", put, "key").connect(s, "v", put, "value")
            .connect(put, "map", table, "in1");
        Map<String, Object> in = map("a", 1.0, "b", 2.0);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, in, "a", list(9.0))).run();
        assertThat(column(run, table)).containsExactly(map("a", list(9.0), "b", 2.0));
        assertThat(keys(column(run, table).get(0))).containsExactly("a", "b");
        assertThat(in).isEqualTo(map("a", 1.0, "b", 2.0));
    }

    @Test
    void removeFromMapSendsTheRemovedValueOnlyWhenThereWasOne() {
        ModuleNode s = b.stream("s", "m:Map", "k:String");
        ModuleNode remove = b.add("remove-from-map");
        ModuleNode table = b.add("table");
        b.connect(s, "m", remove, "in").connect(s, "k", remove, "key").connect(remove, "out", table, "in1")
            .connect(remove, "item", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, map("a", 1.0, "b", 2.0), "a").add(2000, map("b", 2.0), "x"))
            .run();
        assertThat(run.rows(table)).containsExactly(row(map("b", 2.0), 1.0), row(map("b", 2.0), null));
    }
}
