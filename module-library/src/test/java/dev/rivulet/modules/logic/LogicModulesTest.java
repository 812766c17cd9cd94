package dev.rivulet.modules.logic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import java.util.List;
import dev.rivulet.testkit.DefinitionChecks;
import org.junit.jupiter.api.Test;

class LogicModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    /** Runs stream fields a, b (of the given type) into a two-input module and returns its output column. */
    private List<Object> binary(String type, String fieldType, String output, MemoryCursor rows, Object... params) {
        ModuleNode s = b.stream("s", "a:" + fieldType, "b:" + fieldType);
        ModuleNode m = b.add(type);
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(m, (String) params[i], params[i + 1]);
        }
        ModuleNode table = b.add("table");
        b.connect(s, "a", m, "A").connect(s, "b", m, "B").connect(m, output, table, "in1");
        return column(new CanvasRun(b.build()).replay("s", rows).run(), table);
    }

    private static List<Object> column(CanvasRun run, ModuleNode table) {
        return run.rows(table).stream().map(r -> r.get(0)).toList();
    }

    private static MemoryCursor pairs() {
        return new MemoryCursor().add(1000, 1, 2).add(2000, 2, 2).add(3000, 3, 2);
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("greater-than", 46, "GreaterThan", "Boolean", ">");
        DefinitionChecks.assertCatalogued("less-than", 47, "LessThan", "Boolean", "<");
        DefinitionChecks.assertCatalogued("equals", 45, "Equals", "Boolean", "=");
        DefinitionChecks.assertCatalogued("and", 30, "And", "Boolean");
        DefinitionChecks.assertCatalogued("or", 31, "Or", "Boolean");
        DefinitionChecks.assertCatalogued("not", 32, "Not", "Boolean");
        DefinitionChecks.assertCatalogued("if-then-else", 48, "IfThenElse", "Boolean", "Condition");
        assertThat(CanvasRun.REGISTRY.newNode("equals", 1).param("tolerance").orElseThrow().value).isEqualTo(0.0);
        assertThat(CanvasRun.REGISTRY.newNode("less-than", 1).param("equality").orElseThrow().value).isEqualTo(false);
        assertThat(CanvasRun.REGISTRY.newNode("if-then-else", 1).inputs).extracting(p -> p.name)
            .containsExactly("if", "then", "else");
    }

    @Test
    void greaterThanIsStrictByDefault() {
        assertThat(binary("greater-than", "Double", "A>B", pairs())).containsExactly(false, false, true);
    }

    @Test
    void greaterThanWithEqualityIsTrueForEqualValues() {
        assertThat(binary("greater-than", "Double", "A>B", pairs(), "equality", true))
            .containsExactly(false, true, true);
    }

    @Test
    void lessThanIsStrictByDefault() {
        assertThat(binary("less-than", "Double", "A<B", pairs())).containsExactly(true, false, false);
    }

    @Test
    void lessThanWithEqualityIsTrueForEqualValues() {
        assertThat(binary("less-than", "Double", "A<B", pairs(), "equality", true)).containsExactly(true, true, false);
    }

    @Test
    void equalsComparesExactlyWithZeroTolerance() {
        MemoryCursor rows = new MemoryCursor().add(1000, 1, 1).add(2000, 1, 1.0000001).add(3000, 0.1 + 0.2, 0.3);
        assertThat(binary("equals", "Double", "out", rows)).containsExactly(true, false, false);
    }

    @Test
    void equalsAcceptsDifferencesUpToTheTolerance() {
        MemoryCursor rows = new MemoryCursor().add(1000, 1, 1.5).add(2000, 1, 1.6).add(3000, 0.1 + 0.2, 0.3);
        assertThat(binary("equals", "Double", "out", rows, "tolerance", 0.5)).containsExactly(true, false, true);
    }

    @Test
    void equalsRejectsANegativeTolerance() {
        ModuleNode s = b.stream("s", "a:Double", "b:Double");
        ModuleNode eq = b.add("equals");
        b.param(eq, "tolerance", -1);
        ModuleNode table = b.add("table");
        b.connect(s, "a", eq, "A").connect(s, "b", eq, "B").connect(eq, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1, 1)).run();
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.failures()).singleElement().asString().contains("tolerance");
    }

    private static MemoryCursor truthTable() {
        return new MemoryCursor().add(1000, false, false).add(2000, false, true).add(3000, true, false)
            .add(4000, true, true);
    }

    @Test
    void andIsTrueOnlyWhenBothAreTrue() {
        assertThat(binary("and", "Boolean", "out", truthTable())).containsExactly(false, false, false, true);
    }

    @Test
    void orIsTrueWhenEitherIsTrue() {
        assertThat(binary("or", "Boolean", "out", truthTable())).containsExactly(false, true, true, true);
    }

    @Test
    void andCoercesNumbersToBooleans() {
        MemoryCursor rows = new MemoryCursor().add(1000, 1, 0).add(2000, 2, -1);
        assertThat(binary("and", "Double", "out", rows)).containsExactly(false, true);
    }

    @Test
    void andCoercesTextToBooleans() {
        MemoryCursor text = new MemoryCursor().add(1000, "yes", "false").add(2000, "x", "").add(3000, "a", "b");
        assertThat(binary("and", "String", "out", text)).containsExactly(false, false, true);
    }

    @Test
    void notInvertsAndTreatsZeroAsFalse() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode not = b.add("not");
        ModuleNode table = b.add("table");
        b.connect(s, "v", not, "in").connect(not, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 0).add(2000, 1).add(3000, -0.5)).run();
        assertThat(column(run, table)).containsExactly(true, false, false);
    }

    @Test
    void ifThenElseChoosesByTheCondition() {
        ModuleNode s = b.stream("s", "c:Boolean", "t:Double", "e:Double");
        ModuleNode ite = b.add("if-then-else");
        ModuleNode table = b.add("table");
        b.connect(s, "c", ite, "if").connect(s, "t", ite, "then").connect(s, "e", ite, "else")
            .connect(ite, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, true, 1, 2).add(2000, false, 3, 4).add(3000, null, 5, 6))
            .run();
        // t=3000: the condition field is missing, so the last condition (false) still holds
        assertThat(column(run, table)).containsExactly(1.0, 4.0, 6.0);
    }

    @Test
    void ifThenElseWaitsUntilAllThreeInputsHaveValues() {
        ModuleNode s = b.stream("s", "c:Boolean", "t:Double", "e:Double");
        ModuleNode ite = b.add("if-then-else");
        ModuleNode table = b.add("table");
        b.connect(s, "c", ite, "if").connect(s, "t", ite, "then").connect(s, "e", ite, "else")
            .connect(ite, "out", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, true, 1, null).add(2000, null, null, 7)).run();
        assertThat(column(run, table)).containsExactly(1.0);
        assertThat(run.rowTimes(table)).containsExactly(2000L);
    }

    // ---- BooleanToNumber, Xor, SameSign -----------------------------------------------------------------------

    @Test
    void conversionAndSignModulesAreCatalogued() {
        DefinitionChecks.assertCatalogued("boolean-to-number", 1002, "BooleanToNumber", "Boolean");
        DefinitionChecks.assertCatalogued("same-sign", 33, "SameSign", "Boolean");
        DefinitionChecks.assertCatalogued("xor", 573, "Xor", "Boolean");
        assertThat(CanvasRun.REGISTRY.newNode("same-sign", 1).outputs).extracting(p -> p.name)
            .containsExactly("sameSign", "sign");
        assertThat(CanvasRun.REGISTRY.newNode("boolean-to-number", 1).outputs).extracting(p -> p.type)
            .containsExactly("Double");
    }

    private List<Object> unary(String type, String fieldType, MemoryCursor rows) {
        ModuleNode s = b.stream("s", "v:" + fieldType);
        ModuleNode m = b.add(type);
        ModuleNode table = b.add("table");
        b.connect(s, "v", m, "in").connect(m, "out", table, "in1");
        return column(new CanvasRun(b.build()).replay("s", rows).run(), table);
    }

    @Test
    void booleanToNumberSendsOneForTrueAndZeroForFalse() {
        MemoryCursor rows = new MemoryCursor().add(1000, true).add(2000, false).add(3000, true);
        assertThat(unary("boolean-to-number", "Boolean", rows)).containsExactly(1.0, 0.0, 1.0);
    }

    @Test
    void booleanToNumberCoercesTextAndNumbers() {
        MemoryCursor text = new MemoryCursor().add(1000, "false").add(2000, "").add(3000, "yes");
        assertThat(unary("boolean-to-number", "String", text)).containsExactly(0.0, 0.0, 1.0);
    }

    @Test
    void booleanToNumberTreatsNaNAsFalse() {
        MemoryCursor numbers = new MemoryCursor().add(1000, 0).add(2000, Double.NaN).add(3000, -2);
        assertThat(unary("boolean-to-number", "Double", numbers)).containsExactly(0.0, 0.0, 1.0);
    }

    @Test
    void xorIsTrueWhenExactlyOneIsTrue() {
        assertThat(binary("xor", "Boolean", "out", truthTable())).containsExactly(false, true, true, false);
    }

    @Test
    void sameSignComparesSignsAndSendsTheSharedOne() {
        ModuleNode s = b.stream("s", "a:Double", "b:Double");
        ModuleNode m = b.add("same-sign");
        ModuleNode table = b.add("table");
        b.connect(s, "a", m, "A").connect(s, "b", m, "B").connect(m, "sameSign", table, "in1")
            .connect(m, "sign", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 2, 5).add(2000, -1, -3)
            .add(3000, -1, 4).add(4000, 0, -0.0).add(5000, 0, 5).add(6000, Double.NaN, Double.NaN)).run();
        // the sign column is empty when the signs differ; 0 and -0 agree (sign 0); NaN agrees with nothing
        assertThat(run.rows(table)).containsExactly(List.of(true, 1.0), List.of(true, -1.0),
            java.util.Arrays.asList(false, null), List.of(true, 0.0), java.util.Arrays.asList(false, null),
            java.util.Arrays.asList(false, null));
    }
}
