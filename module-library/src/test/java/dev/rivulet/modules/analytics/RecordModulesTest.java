package dev.rivulet.modules.analytics;

import static dev.rivulet.modules.analytics.Fixtures.keys;
import static dev.rivulet.modules.analytics.Fixtures.map;
import static dev.rivulet.modules.analytics.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleStatus;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JsonPath, PickFields, RenameFields and DropFields through the engine. */
class RecordModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    /** Stream field x (any) → module "in" → the listed outputs as table columns; returns {module, table}. */
    private ModuleNode[] pipeline(String type, String... outputs) {
        ModuleNode s = b.stream("s", "x:Object");
        ModuleNode m = b.add(type);
        ModuleNode table = b.add("table");
        b.connect(s, "x", m, "in");
        for (int i = 0; i < outputs.length; i++) {
            b.connect(m, outputs[i], table, "in" + (i + 1));
        }
        return new ModuleNode[] {m, table};
    }

    // ---- JsonPath -------------------------------------------------------------------------------------------

    @Test
    void jsonPathReadsFromJsonTextAndMapsAndReportsUnreadableText() {
        ModuleNode[] p = pipeline("json-path", "value", "found", "error");
        b.param(p[0], "path", "$.order.items[1].price");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, "{\"order\": {\"items\": [{\"price\": 9.5}, {\"price\": 3}]}}")
            .add(2000, map("order", map("items", List.of(map("price", 9.5)))))
            .add(3000, map("order", map("items", List.of(map("price", 1), map("price", 2)))))
            .add(4000, "{\"order\": [1, 2")).run();
        List<List<Object>> rows = run.rows(p[1]);
        // the JSON 3 comes out as the engine's number type; an Integer in an upstream map too
        assertThat(rows.get(0)).isEqualTo(row(3.0, true, null));
        assertThat(rows.get(1)).isEqualTo(row(null, false, null));
        assertThat(rows.get(2)).isEqualTo(row(2.0, true, null));
        assertThat(rows.get(3).subList(0, 2)).isEqualTo(row(null, false));
        assertThat((String) rows.get(3).get(2)).startsWith("not valid JSON: ").contains("line 1");
        assertThat(rows).hasSize(4);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void jsonPathWildcardsGiveListsAndANullCountsAsNotFound() {
        ModuleNode[] p = pipeline("json-path", "value", "found");
        b.param(p[0], "path", "items[*].sku");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, "{\"items\": [{\"sku\": \"a\"}, {\"qty\": 1}, {\"sku\": \"b\"}, {\"sku\": null}]}")
            .add(2000, "{\"items\": []}")
            .add(3000, "[1, 2]")).run();
        assertThat(run.rows(p[1])).containsExactly(row(List.of("a", "b"), true), row(null, false), row(null, false));

        CanvasBuilder b2 = new CanvasBuilder(CanvasRun.REGISTRY);
        ModuleNode s = b2.stream("s", "x:String");
        ModuleNode jp = b2.add("json-path");
        b2.param(jp, "path", "$.a");
        ModuleNode table = b2.add("table");
        b2.connect(s, "x", jp, "in").connect(jp, "value", table, "in1").connect(jp, "found", table, "in2");
        CanvasRun nulls = new CanvasRun(b2.build())
            .replay("s", new MemoryCursor().add(1000, "{\"a\": null}").add(2000, "{\"a\": false}")).run();
        // null cannot travel along a connection; false can
        assertThat(nulls.rows(table)).containsExactly(row(null, false), row(false, true));
    }

    @Test
    void jsonPathWithAnUnsupportedPathFailsAtStartWithTheReason() {
        ModuleNode[] p = pipeline("json-path", "value");
        b.param(p[0], "path", "$..price");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "{\"price\": 1}")).run();
        assertThat(run.failures()).singleElement().asString().contains("recursive descent (..) is not supported");
        assertThat(run.rows(p[1])).isEmpty();
        assertThat(run.runtime().module(p[0].hash).status()).isEqualTo(ModuleStatus.FAILED);

        // a live fix lets it run
        run.runtime().setParameter(p[0].hash, "path", "$.price");
        assertThat(run.runtime().module(p[0].hash).status()).isEqualTo(ModuleStatus.IDLE);
    }

    // ---- PickFields -----------------------------------------------------------------------------------------

    @Test
    void pickFieldsKeepsListedFieldsInOrderRenamesAndSkipsMissingOnes() {
        ModuleNode[] p = pipeline("pick-fields", "out");
        b.param(p[0], "fields", " px AS price, sym,missing, address.city as city ,");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, map("sym", "A", "px", 10.0, "qty", 5.0, "address", map("city", "Oslo")))
            .add(2000, map("qty", 1.0))).run();
        List<List<Object>> rows = run.rows(p[1]);
        assertThat(rows).containsExactly(row(map("price", 10.0, "sym", "A", "city", "Oslo")), row(map()));
        assertThat(keys(rows.get(0).get(0))).containsExactly("price", "sym", "city");
    }

    @Test
    void pickFieldsRefusesAnEmptyListAndDanglingAs() {
        ModuleNode[] empty = pipeline("pick-fields", "out");
        ModuleNode dangling = b.add("pick-fields");
        b.param(dangling, "fields", "a, b as");
        ModuleNode twice = b.add("pick-fields");
        b.param(twice, "fields", "a as x, b as x");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, map("a", 1.0))).run();
        assertThat(run.failures()).anySatisfy(f -> assertThat(f).contains("fields is empty"))
            .anySatisfy(f -> assertThat(f).contains("\"b as\" should be a field name or \"field as newName\""))
            .anySatisfy(f -> assertThat(f).contains("two fields named \"x\""));
        assertThat(run.rows(empty[1])).isEmpty();
    }

    // ---- RenameFields ---------------------------------------------------------------------------------------

    @Test
    void renameFieldsKeepsPlacesLetsTheRenamedValueWinAndSwaps() {
        ModuleNode[] p = pipeline("rename-fields", "out");
        b.param(p[0], "mapping", "px:price, qty : volume, a:b, b:a");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, map("sym", "A", "px", 1.0, "price", 2.0))
            .add(2000, map("price", 2.0, "px", 1.0))
            .add(3000, map("a", 1.0, "b", 2.0, "c", 3.0))
            .add(4000, map("z", 0.0))).run();
        List<List<Object>> rows = run.rows(p[1]);
        assertThat(rows).containsExactly(row(map("sym", "A", "price", 1.0)), row(map("price", 1.0)),
            row(map("b", 1.0, "a", 2.0, "c", 3.0)), row(map("z", 0.0)));
        assertThat(keys(rows.get(0).get(0))).containsExactly("sym", "price");
        assertThat(keys(rows.get(2).get(0))).containsExactly("b", "a", "c");
    }

    @Test
    void renameFieldsRefusesTwoFieldsOntoOneName() {
        ModuleNode[] p = pipeline("rename-fields", "out");
        b.param(p[0], "mapping", "a:x, b:x");
        ModuleNode bad = b.add("rename-fields");
        b.param(bad, "mapping", "a-x");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, map("a", 1.0))).run();
        assertThat(run.failures()).anySatisfy(f -> assertThat(f).contains("renames two fields to \"x\""))
            .anySatisfy(f -> assertThat(f).contains("\"a-x\" should be old:new"));
    }

    // ---- DropFields -----------------------------------------------------------------------------------------

    @Test
    void dropFieldsRemovesListedFieldsIgnoresMissingOnesAndRefusesANonMap() {
        ModuleNode[] p = pipeline("drop-fields", "out");
        b.param(p[0], "fields", "debug, notThere");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor()
            .add(1000, map("a", 1.0, "debug", true, "b", "x"))
            .add(2000, "text")
            .add(3000, map("debug", false))).run();
        assertThat(run.rows(p[1])).containsExactly(row(map("a", 1.0, "b", "x")), row(map()));
        assertThat(keys(run.rows(p[1]).get(0).get(0))).containsExactly("a", "b");
        assertThat(run.failures()).singleElement().asString().contains("expected a Map but got String text");
    }

    @Test
    void renameAndDropWithNothingListedPassRecordsOnUnchanged() {
        ModuleNode[] rename = pipeline("rename-fields", "out");
        ModuleNode drop = b.add("drop-fields");
        b.connect(rename[0], "out", drop, "in").connect(drop, "out", rename[1], "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, map("a", 1.0, "b", 2.0)))
            .run();
        assertThat(run.rows(rename[1])).containsExactly(row(map("a", 1.0, "b", 2.0), map("a", 1.0, "b", 2.0)));
        assertThat(run.failures()).isEmpty();
        assertThat(run.runtime().problems()).isEmpty();
    }
}
