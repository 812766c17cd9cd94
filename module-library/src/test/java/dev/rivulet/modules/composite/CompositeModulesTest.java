package dev.rivulet.modules.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.Input;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ModuleStatus;
import dev.rivulet.core.Output;
import dev.rivulet.core.validation.CanvasValidator;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompositeModulesTest {
    /** The saved canvases of these tests, by id; the registry finds sub-canvases here. */
    private final Map<String, CanvasDocument> saved = new HashMap<>();
    private final ModuleRegistry registry =
        CanvasRun.REGISTRY.withCanvasResolver(id -> Optional.ofNullable(saved.get(id)));
    private final CanvasBuilder b = new CanvasBuilder(registry);

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** Marks a port (input, parameter or output) of a sub-canvas module as exported. */
    private static void export(ModuleNode node, String port) {
        PortNode p = node.input(port).or(() -> node.param(port)).or(() -> node.output(port)).orElseThrow(
            () -> new IllegalArgumentException(node.name + " has no port " + port));
        p.export = true;
    }

    private CanvasDocument save(String id, CanvasBuilder sub) {
        CanvasDocument doc = sub.name(id + " canvas").build();
        doc.id = id;
        saved.put(id, doc);
        return doc;
    }

    private ModuleNode embed(String type, String canvasId) {
        ModuleNode m = b.add(type);
        b.param(m, "canvas", canvasId);
        return m;
    }

    private ModuleInstance instance(CanvasRun run, ModuleNode node) {
        return run.runtime().module(node.hash);
    }

    /** Sub-canvas "scale": A (exported) × 10 → exported A*B, also shown on a Label inside. Returns the label. */
    private ModuleNode scaleCanvas() {
        CanvasBuilder sub = new CanvasBuilder(registry);
        ModuleNode ten = sub.add("constant");
        sub.param(ten, "constant", 10);
        ModuleNode mul = sub.add("multiply");
        ModuleNode label = sub.add("label");
        sub.connect(ten, "out", mul, "B").connect(mul, "A*B", label, "label");
        export(mul, "A");
        export(mul, "A*B");
        save("scale", sub);
        return label;
    }

    /** Sub-canvas "counter": Count with its input and count exported. */
    private void counterCanvas() {
        CanvasBuilder sub = new CanvasBuilder(registry);
        ModuleNode count = sub.add("count");
        export(count, "in");
        export(count, "count");
        save("counter", sub);
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("canvas", 81, "Canvas", "Utils", "Saved", "Module");
        DefinitionChecks.assertCatalogued("for-each", 223, "ForEach", "Map");
        DefinitionChecks.assertCatalogued("for-each-item", 539, "ForEachItem", "List");
        ModuleNode fresh = registry.newNode("for-each-item", 1);
        assertThat(fresh.param("keepState").orElseThrow().value).isEqualTo(false);
        assertThat(fresh.outputs).extracting(p -> p.name).containsExactly("numOfItems");
        assertThat(registry.newNode("for-each", 1).outputs).extracting(p -> p.name).containsExactly("key", "map");
    }

    @Test
    void valuesFlowThroughAnEmbeddedCanvasToAnOuterTable() {
        ModuleNode innerLabel = scaleCanvas();
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode scale = embed("canvas", "scale");
        ModuleNode table = b.add("table");
        b.connect(s, "x", scale, "A").connect(scale, "A*B", table, "in1");
        CanvasDocument doc = b.build();

        assertThat(new CanvasValidator(registry).validate(doc)).isEmpty();
        // a record without x sends nothing into the sub-canvas: no row for it
        CanvasRun run = new CanvasRun(doc, registry)
            .replay("s", new MemoryCursor().add(1000, 1.0).add(2000, (Object) null).add(3000, 2.5)).run();

        assertThat(run.failures()).isEmpty();
        assertThat(run.rows(table)).containsExactly(row(10.0), row(25.0));
        assertThat(run.rowTimes(table)).containsExactly(1000L, 3000L);
        // the inner Label publishes under its path inside the Canvas module
        assertThat(run.labelsAt(scale.hash + "/" + innerLabel.hash)).containsExactly(10.0, 25.0);
        ModuleInstance m = instance(run, scale);
        assertThat(m.inputs()).extracting(Input::name).containsExactly("A");
        assertThat(m.outputs()).extracting(Output::name).containsExactly("A*B");
        assertThat(m.inputs().get(0).help()).contains("Multiply.A").contains("The first value to multiply.");
    }

    @Test
    void exportedPortsWithTheSameNameGetSuffixes() {
        CanvasBuilder sub = new CanvasBuilder(registry);
        ModuleNode abs1 = sub.add("abs");
        ModuleNode abs2 = sub.add("abs");
        export(abs1, "in");
        export(abs2, "in");
        export(abs1, "out");
        export(abs2, "out");
        save("two-abs", sub);
        ModuleNode s = b.stream("s", "a:Double", "b:Double");
        ModuleNode twice = embed("canvas", "two-abs");
        ModuleNode table = b.add("table");
        assertThat(twice.inputs).extracting(p -> p.name).containsExactly("in", "in2");
        assertThat(twice.outputs).extracting(p -> p.name).containsExactly("out", "out2");
        b.connect(s, "a", twice, "in").connect(s, "b", twice, "in2")
            .connect(twice, "out", table, "in1").connect(twice, "out2", table, "in2");

        CanvasRun run = new CanvasRun(b.build(), registry)
            .replay("s", new MemoryCursor().add(1000, -1.0, -3.0).add(2000, null, -5.0)).run();

        // showOnlyNewValues: on the second event only the second Abs fired
        assertThat(run.rows(table)).containsExactly(row(1.0, 3.0), row(null, 5.0));
        assertThat(instance(run, twice).inputs()).extracting(Input::displayName).containsExactly("in", "in2");
    }

    @Test
    void anExportedPortNamedLikeTheHostsOwnPortIsSuffixed() {
        CanvasBuilder sub = new CanvasBuilder(registry);
        ModuleNode byKey = sub.add("count-by-key");
        export(byKey, "key");
        export(byKey, "map");
        save("counts", sub);

        ModuleNode forEach = embed("for-each", "counts");

        assertThat(forEach.inputs).extracting(p -> p.name).containsExactly("key", "key2");
        assertThat(forEach.outputs).extracting(p -> p.name).containsExactly("key", "map", "map2");
    }

    @Test
    void canvasesThatEmbedEachOtherAreRejected() {
        CanvasBuilder a = new CanvasBuilder(registry);
        a.param(a.add("canvas"), "canvas", "B");
        save("A", a);
        CanvasBuilder bb = new CanvasBuilder(registry);
        bb.param(bb.add("canvas"), "canvas", "A");
        save("B", bb);
        ModuleNode host = embed("canvas", "A");
        ModuleNode self = embed("for-each", "self");
        CanvasBuilder selfish = new CanvasBuilder(registry);
        selfish.param(selfish.add("for-each-item"), "canvas", "self");
        save("self", selfish);
        CanvasDocument doc = b.build();

        List<Problem> problems = new CanvasValidator(registry).validate(doc);

        assertThat(problems).filteredOn(p -> p.moduleHash() == host.hash).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.message()).contains("Cyclic canvas dependency detected!")
                .contains("\"A canvas\" → \"B canvas\" → \"A canvas\"");
        });
        assertThat(problems).filteredOn(p -> p.moduleHash() == self.hash).extracting(Problem::message)
            .anySatisfy(msg -> assertThat(msg).contains("Cyclic canvas dependency detected! \"self canvas\" embeds"
                + " itself"));
        // the run does not recurse: the modules fail to start, the canvas is built
        CanvasRun run = new CanvasRun(doc, registry);
        CanvasRuntime rt = run.start();
        assertThat(rt.module(host.hash).status()).isEqualTo(ModuleStatus.FAILED);
        assertThat(rt.module(host.hash).lastError()).contains("Cyclic canvas dependency detected!");
        assertThat(rt.module(self.hash).status()).isEqualTo(ModuleStatus.FAILED);
    }

    @Test
    void aMissingSubCanvasIsAClearErrorAndTheSavedPortsAreKept() {
        scaleCanvas();
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode scale = embed("canvas", "scale");
        ModuleNode table = b.add("table");
        b.connect(s, "x", scale, "A").connect(scale, "A*B", table, "in1");
        CanvasDocument doc = b.build();
        saved.clear();

        List<Problem> problems = new CanvasValidator(registry).validate(doc);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.BAD_VALUE);
            assertThat(p.message()).contains("canvas \"scale\" not found");
        });
        CanvasRun run = new CanvasRun(doc, registry).replay("s", new MemoryCursor().add(1000, 1.0)).run();
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.failures()).singleElement().asString().contains("canvas \"scale\" not found");
    }

    @Test
    void innerClockTicksReachTheOuterCanvas() {
        CanvasBuilder sub = new CanvasBuilder(registry);
        ModuleNode clock = sub.add("clock");
        export(clock, "timestamp");
        save("ticker", sub);
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode ticker = embed("canvas", "ticker");
        ModuleNode table = b.add("table");
        b.connect(ticker, "timestamp", table, "in1");
        CanvasDocument doc = b.build();
        assertThat(s.outputs).isNotEmpty();

        CanvasRun run = new CanvasRun(doc, registry).replay("s", new MemoryCursor().add(500, 1.0).add(3500, 2.0))
            .run();

        assertThat(run.rows(table)).containsExactly(row(1000.0), row(2000.0), row(3000.0));
        assertThat(run.rowTimes(table)).containsExactly(1000L, 2000L, 3000L);
    }

    @Test
    void stateOfTheEmbeddedCanvasIsSnapshottedRestoredAndCleared() {
        counterCanvas();
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode counter = embed("canvas", "counter");
        ModuleNode table = b.add("table");
        b.connect(s, "x", counter, "in").connect(counter, "count", table, "in1");
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc, registry)
            .replay("s", new MemoryCursor().add(1000, 1.0).add(2000, 1.0)).run();
        assertThat(first.rows(table)).containsExactly(row(1.0), row(2.0));

        CanvasRun second = new CanvasRun(doc, registry).replay("s", new MemoryCursor().add(3000, 1.0));
        second.start().restore(first.runtime().snapshot());
        second.run();
        assertThat(second.rows(table)).containsExactly(row(3.0));

        CanvasRun third = new CanvasRun(doc, registry).replay("s", new MemoryCursor().add(4000, 1.0));
        third.start().restore(first.runtime().snapshot());
        third.runtime().clearState();
        third.run();
        assertThat(third.rows(table)).containsExactly(row(1.0));
    }

    @Test
    void forEachKeepsOneInstanceWithItsOwnStatePerKey() {
        counterCanvas();
        ModuleNode s = b.stream("s", "key:String", "x:Double");
        ModuleNode forEach = embed("for-each", "counter");
        ModuleNode table = b.add("table");
        b.connect(s, "key", forEach, "key").connect(s, "x", forEach, "in")
            .connect(forEach, "key", table, "in1").connect(forEach, "count", table, "in2")
            .connect(forEach, "map", table, "in3");
        CanvasDocument doc = b.build();
        assertThat(new CanvasValidator(registry).validate(doc)).isEmpty();

        CanvasRun run = new CanvasRun(doc, registry).replay("s", new MemoryCursor()
            .add(1000, "a", 1.0).add(2000, "b", 1.0).add(3000, "a", 1.0).add(4000, "a", 1.0).add(5000, "b", 1.0))
            .run();

        List<List<Object>> rows = run.rows(table);
        assertThat(rows).extracting(r -> r.subList(0, 2)).containsExactly(
            row("a", 1.0), row("b", 1.0), row("a", 2.0), row("a", 3.0), row("b", 2.0));
        Map<String, Object> last = new LinkedHashMap<>();
        last.put("a", Map.of("count", 3.0));
        last.put("b", Map.of("count", 2.0));
        assertThat(rows.get(4).get(2)).isEqualTo(last);
        assertThat(((Map<?, ?>) rows.get(0).get(2))).isEqualTo(Map.of("a", Map.of("count", 1.0)));
        assertThat(((ForEach) instance(run, forEach)).keys()).containsExactly("a", "b");
    }

    @Test
    void forEachStateSurvivesASnapshotAndIsForgottenOnClear() {
        counterCanvas();
        ModuleNode s = b.stream("s", "key:String", "x:Double");
        ModuleNode forEach = embed("for-each", "counter");
        ModuleNode table = b.add("table");
        b.connect(s, "key", forEach, "key").connect(s, "x", forEach, "in")
            .connect(forEach, "key", table, "in1").connect(forEach, "count", table, "in2");
        CanvasDocument doc = b.build();
        CanvasRun first = new CanvasRun(doc, registry)
            .replay("s", new MemoryCursor().add(1000, "a", 1.0).add(2000, "a", 1.0).add(3000, "b", 1.0)).run();

        CanvasRun second = new CanvasRun(doc, registry)
            .replay("s", new MemoryCursor().add(4000, "a", 1.0).add(5000, "b", 1.0).add(6000, "c", 1.0));
        second.start().restore(first.runtime().snapshot());
        second.run();
        assertThat(second.rows(table)).containsExactly(row("a", 3.0), row("b", 2.0), row("c", 1.0));

        second.runtime().clearState();
        assertThat(((ForEach) instance(second, forEach)).keys()).isEmpty();
    }

    @Test
    void widgetEventsReachModulesInsideEmbeddedCanvasesByPath() {
        CanvasBuilder sub = new CanvasBuilder(registry);
        ModuleNode field = sub.add("text-field");
        ModuleNode count = sub.add("count");
        export(field, "out");
        export(count, "in");
        save("form", sub);
        ModuleNode s = b.stream("s", "key:String", "x:Double");
        ModuleNode form = embed("canvas", "form");
        ModuleNode forEach = embed("for-each", "form");
        ModuleNode table = b.add("table");
        ModuleNode perKey = b.add("table");
        b.connect(form, "out", table, "in1").connect(s, "key", forEach, "key").connect(s, "x", forEach, "in")
            .connect(forEach, "out", perKey, "in1").connect(forEach, "map", perKey, "in2");
        CanvasRun run = new CanvasRun(b.build(), registry).replay("s", new MemoryCursor().add(1000, "a", 1.0)).run();
        CanvasRuntime rt = run.runtime();

        rt.uiEvent(form.hash + "/" + field.hash, Map.of("value", "yo"));
        rt.uiEvent(forEach.hash + "[a]/" + field.hash, Map.of("value", "hi"));

        assertThat(run.rows(table)).containsExactly(row("yo"));
        assertThat(run.rows(perKey)).containsExactly(row(null, Map.of("a", Map.of())),
            row("hi", Map.of("a", Map.of("out", "hi"))));
        assertThat(run.messagesAt(forEach.hash + "[a]/" + field.hash)).isNotEmpty();
        assertThatThrownBy(() -> rt.uiEvent(forEach.hash + "[zzz]/" + field.hash, Map.of("value", "x")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no embedded canvas");
        assertThatThrownBy(() -> rt.uiEvent(table.hash + "/1", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forEachItemRunsTheSubCanvasOncePerItem() {
        scaleCanvas();
        ModuleNode s = b.stream("s", "l:List");
        ModuleNode each = embed("for-each-item", "scale");
        ModuleNode table = b.add("table");
        assertThat(each.inputs).extracting(p -> p.name).containsExactly("A");
        b.connect(s, "l", each, "A").connect(each, "A*B", table, "in1").connect(each, "numOfItems", table, "in2");

        CanvasRun run = new CanvasRun(b.build(), registry).replay("s", new MemoryCursor()
            .add(1000, List.of(1.0, 2.0, 3.0)).add(2000, List.of()).add(3000, Arrays.asList(4.0, null))).run();

        // an empty list runs nothing; a null item is skipped but keeps its place (the previous result repeats, as
        // Streamr collected the output's latest value)
        assertThat(run.rows(table)).containsExactly(
            row(List.of(10.0, 20.0, 30.0), 3.0), row(List.of(), 0.0), row(List.of(40.0, 40.0), 2.0));
    }

    @Test
    void forEachItemClearsTheSubCanvasAfterEachListUnlessKeepStateIsOn() {
        counterCanvas();
        ModuleNode s = b.stream("s", "l:List");
        ModuleNode fresh = embed("for-each-item", "counter");
        ModuleNode keeping = embed("for-each-item", "counter");
        b.param(keeping, "keepState", true);
        ModuleNode table = b.add("table");
        b.connect(s, "l", fresh, "in").connect(s, "l", keeping, "in")
            .connect(fresh, "count", table, "in1").connect(keeping, "count", table, "in2");

        CanvasRun run = new CanvasRun(b.build(), registry).replay("s", new MemoryCursor()
            .add(1000, List.of("x", "y", "z")).add(2000, List.of("x"))).run();

        assertThat(run.rows(table)).containsExactly(
            row(List.of(1.0, 2.0, 3.0), List.of(1.0, 2.0, 3.0)), row(List.of(1.0), List.of(4.0)));
    }
}
