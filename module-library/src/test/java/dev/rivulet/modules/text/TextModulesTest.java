package dev.rivulet.modules.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("value-as-text", 208, "ValueAsText", "Text", "toString");
        DefinitionChecks.assertCatalogued("concatenate", 131, "Concatenate", "Text", "Join", "Append");
    }

    // ---- ValueAsText ----------------------------------------------------------------------------------------

    @Test
    void valueAsTextWritesNumbersWithoutTrailingZeros() {
        ModuleNode s = b.stream("s", "x:Object");
        ModuleNode vat = b.add("value-as-text");
        ModuleNode table = b.add("table");
        b.connect(s, "x", vat, "in").connect(vat, "text", table, "in1");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k", 1.0);
        map.put("list", List.of(2.5, "b"));
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 3).add(2000, 2.5).add(3000, -0.125).add(4000, 1e20)
                .add(5000, true).add(6000, "hi").add(7000, List.of(1.0, "a", 2.5)).add(8000, map))
            .run();
        assertThat(run.rows(table)).containsExactly(row("3"), row("2.5"), row("-0.125"),
            row("100000000000000000000"), row("true"), row("hi"), row("[1, a, 2.5]"), row("{k=1, list=[2.5, b]}"));
    }

    @Test
    void valueAsTextWritesNaNAndInfinityInsteadOfFailing() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode vat = b.add("value-as-text");
        ModuleNode table = b.add("table");
        b.connect(s, "x", vat, "in").connect(vat, "text", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, Double.NaN).add(2000, Double.NEGATIVE_INFINITY)
                .add(3000, List.of(Double.POSITIVE_INFINITY)))
            .run();
        assertThat(run.failures()).isEmpty();
        assertThat(run.rows(table)).containsExactly(row("NaN"), row("-Infinity"), row("[Infinity]"));
    }

    // ---- Concatenate ----------------------------------------------------------------------------------------

    @Test
    void concatenateJoinsFixedAndExtraInputsInOrder() {
        ModuleNode s = b.stream("s", "first:String", "last:String");
        ModuleNode sep = b.add("constant-text");
        b.param(sep, "str", " ");
        ModuleNode concat = b.add("concatenate");
        ModuleNode table = b.add("table");
        b.connect(s, "first", concat, "in1").connect(sep, "out", concat, "in2").connect(s, "last", concat, "extra1")
            .connect(concat, "out", table, "in1");
        // connecting the last extra input grew a spare one, shown as in4
        assertThat(concat.inputs).extracting(p -> p.name).containsExactly("in1", "in2", "extra1", "extra2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "Ada", "Lovelace").add(2000, 42, null)).run();
        // a number arriving at a text input is written like everywhere else; the spare input is skipped
        assertThat(run.rows(table)).containsExactly(row("Ada Lovelace"), row("42 Lovelace"));
        ModuleInstance m = run.runtime().module(concat.hash);
        assertThat(m.input("extra1").displayName()).isEqualTo("in3");
    }

    @Test
    void concatenateWaitsForBothFixedInputs() {
        ModuleNode s = b.stream("s", "a:String");
        ModuleNode t = b.stream("t", "b:String");
        ModuleNode concat = b.add("concatenate");
        ModuleNode table = b.add("table");
        b.connect(s, "a", concat, "in1").connect(t, "b", concat, "in2").connect(concat, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "x").add(3000, "y"))
            .replay("t", new MemoryCursor().add(2000, "-"))
            .run();
        assertThat(run.rows(table)).containsExactly(row("x-"), row("y-"));
    }
}
