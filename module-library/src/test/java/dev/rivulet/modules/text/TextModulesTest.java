package dev.rivulet.modules.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.ArrayList;
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
        DefinitionChecks.assertCatalogued("contains", 129, "Contains", "Text", "Substring", "Find");
        DefinitionChecks.assertCatalogued("starts-with", 204, "StartsWith", "Text", "Beginswith");
        DefinitionChecks.assertCatalogued("ends-with", 198, "EndsWith", "Text");
        DefinitionChecks.assertCatalogued("text-equals", 199, "TextEquals", "Text");
        DefinitionChecks.assertCatalogued("text-length", 200, "TextLength", "Text", "Length");
        DefinitionChecks.assertCatalogued("to-lower-case", 206, "ToLowerCase", "Text");
        DefinitionChecks.assertCatalogued("to-upper-case", 207, "ToUpperCase", "Text", "capital");
        DefinitionChecks.assertCatalogued("trim", 205, "Trim", "Text", "whitespace");
        DefinitionChecks.assertCatalogued("regex", 201, "Regex", "Text");
        DefinitionChecks.assertCatalogued("replace", 202, "Replace", "Text");
        DefinitionChecks.assertCatalogued("split", 203, "Split", "Text");
        DefinitionChecks.assertCatalogued("format-number", 569, "FormatNumber", "Text");
        DefinitionChecks.assertCatalogued("string-to-number", 1031, "StringToNumber", "Text", "Parse");
        DefinitionChecks.assertCatalogued("json-parser", 1016, "JsonParser", "Text");
        DefinitionChecks.assertCatalogued("string-template", 1015, "StringTemplate", "Text");
        DefinitionChecks.assertCatalogued("random-string", 564, "RandomString", "Text");
        DefinitionChecks.assertCatalogued("decode-string-to-byte-array", 6000, "DecodeStringToByteArray", "Text");
        DefinitionChecks.assertCatalogued("decode-byte-array-to-string", 6001, "DecodeByteArrayToString", "Text");
    }

    @Test
    void portsAndDefaultsMatchTheCatalogue() {
        assertPorts("contains", List.of("search"), List.of("string"), List.of("contains"));
        assertPorts("ends-with", List.of("search"), List.of("text"), List.of("endsWith?"));
        assertPorts("starts-with", List.of("search"), List.of("text"), List.of("startsWith?"));
        assertPorts("text-equals", List.of("search"), List.of("text"), List.of("equals?"));
        assertPorts("text-length", List.of(), List.of("text"), List.of("length"));
        assertPorts("to-lower-case", List.of(), List.of("text"), List.of("lowerCaseText"));
        assertPorts("to-upper-case", List.of(), List.of("text"), List.of("upperCaseText"));
        assertPorts("trim", List.of(), List.of("text"), List.of("trimmedText"));
        assertPorts("regex", List.of("pattern"), List.of("text"), List.of("match?", "matchCount", "matchList"));
        assertPorts("replace", List.of("search", "replaceWith"), List.of("text"), List.of("out"));
        assertPorts("split", List.of("separator"), List.of("text"), List.of("list"));
        assertPorts("format-number", List.of("decimalPlaces"), List.of("number"), List.of("text"));
        assertPorts("string-to-number", List.of(), List.of("in"), List.of("out", "error"));
        assertPorts("json-parser", List.of(), List.of("json"), List.of("errors", "result"));
        assertPorts("string-template", List.of("template"), List.of("args"), List.of("errors", "result"));
        assertPorts("random-string", List.of("length"), List.of("trigger"), List.of("out"));
        assertPorts("decode-string-to-byte-array", List.of("decodeType"), List.of("in"), List.of("error", "out"));
        assertPorts("decode-byte-array-to-string", List.of("decodeType"), List.of("in"), List.of("error", "out"));
        ModuleNode n = b.add("decode-string-to-byte-array");
        assertThat(n.param("decodeType").orElseThrow().value).isEqualTo("base64");
        assertThat(n.output("out").orElseThrow().type).isEqualTo("ByteArray");
        assertThat(b.add("decode-byte-array-to-string").param("decodeType").orElseThrow().value).isEqualTo("hex");
        assertThat(b.add("format-number").param("decimalPlaces").orElseThrow().value).isEqualTo(0.0);
        assertThat(b.add("random-string").param("length").orElseThrow().value).isEqualTo(10.0);
        assertThat(b.add("contains").options.get("ignoreCase").value).isEqualTo(true);
        assertThat(b.add("regex").options.get("ignoreCase").value).isEqualTo(false);
    }

    private void assertPorts(String type, List<String> params, List<String> inputs, List<String> outputs) {
        ModuleNode n = b.add(type);
        assertThat(n.params).as(type + " params").extracting(p -> p.name).containsExactlyElementsOf(params);
        assertThat(n.inputs).as(type + " inputs").extracting(p -> p.name).containsExactlyElementsOf(inputs);
        assertThat(n.outputs).as(type + " outputs").extracting(p -> p.name).containsExactlyElementsOf(outputs);
    }

    /** A stream field "t" through one module's input to a table of the given outputs. */
    private ModuleNode pipe(String type, String input, String... outputs) {
        ModuleNode s = b.stream("s", "t:String");
        ModuleNode m = b.add(type);
        ModuleNode table = b.add("table");
        b.connect(s, "t", m, input);
        for (int i = 0; i < outputs.length; i++) {
            b.connect(m, outputs[i], table, "in" + (i + 1));
        }
        lastModule = m;
        return table;
    }

    private ModuleNode lastModule;

    @SuppressWarnings("unchecked")
    private static List<Object> errorsOf(List<Object> row) {
        return (List<Object>) row.get(0);
    }

    private CanvasRun replay(Object... texts) {
        MemoryCursor c = new MemoryCursor();
        for (int i = 0; i < texts.length; i++) {
            c.add(1000L * (i + 1), texts[i]);
        }
        return new CanvasRun(b.build()).replay("s", c).run();
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

    // ---- Contains, StartsWith, EndsWith, TextEquals ---------------------------------------------------------

    @Test
    void containsIgnoresCaseByDefaultAndSendsOneOrZero() {
        ModuleNode table = pipe("contains", "string", "contains");
        b.param(lastModule, "search", "BTC");
        CanvasRun run = replay("buy btc now", "eth only", "BTC");
        assertThat(run.rows(table)).containsExactly(row(1.0), row(0.0), row(1.0));
    }

    @Test
    void containsWithIgnoreCaseOffIsCaseSensitive() {
        ModuleNode table = pipe("contains", "string", "contains");
        b.param(lastModule, "search", "BTC").option(lastModule, "ignoreCase", false);
        CanvasRun run = replay("buy btc now", "buy BTC now");
        assertThat(run.rows(table)).containsExactly(row(0.0), row(1.0));
    }

    @Test
    void emptySearchSendsNothing() {
        ModuleNode table = pipe("contains", "string", "contains");
        CanvasRun run = replay("anything", "");
        assertThat(run.failures()).isEmpty();
        assertThat(run.rows(table)).isEmpty();
    }

    @Test
    void startsWithEndsWithAndEqualsTestTheSameText() {
        ModuleNode s = b.stream("s", "t:String");
        ModuleNode starts = b.add("starts-with");
        ModuleNode ends = b.add("ends-with");
        ModuleNode equals = b.add("text-equals");
        b.param(starts, "search", "Ab").param(ends, "search", "YZ").param(equals, "search", "abxyz")
            .option(equals, "ignoreCase", false);
        ModuleNode table = b.add("table");
        b.connect(s, "t", starts, "text").connect(s, "t", ends, "text").connect(s, "t", equals, "text")
            .connect(starts, "startsWith?", table, "in1").connect(ends, "endsWith?", table, "in2")
            .connect(equals, "equals?", table, "in3");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "abxyz").add(2000, "ABXYZ").add(3000, "xyz ab").add(4000, ""))
            .run();
        assertThat(run.rows(table)).containsExactly(row(1.0, 1.0, 1.0), row(1.0, 1.0, 0.0), row(0.0, 0.0, 0.0),
            row(0.0, 0.0, 0.0));
    }

    // ---- TextLength, case, Trim -----------------------------------------------------------------------------

    @Test
    void textLengthCountsCharactersAsTheyAreRead() {
        ModuleNode table = pipe("text-length", "text", "length");
        CanvasRun run = replay("hello", "", "a😀b", 12.5);
        assertThat(run.rows(table)).containsExactly(row(5.0), row(0.0), row(3.0), row(4.0));
    }

    @Test
    void caseAndTrimUseLanguageNeutralRules() {
        ModuleNode s = b.stream("s", "t:String");
        ModuleNode lower = b.add("to-lower-case");
        ModuleNode upper = b.add("to-upper-case");
        ModuleNode trim = b.add("trim");
        ModuleNode table = b.add("table");
        b.connect(s, "t", lower, "text").connect(s, "t", upper, "text").connect(s, "t", trim, "text")
            .connect(lower, "lowerCaseText", table, "in1").connect(upper, "upperCaseText", table, "in2")
            .connect(trim, "trimmedText", table, "in3");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, " \tTitle Iq\n").add(2000, "\u3000straße\u3000").add(3000, 7))
            .run();
        assertThat(run.rows(table)).containsExactly(
            row(" \ttitle iq\n", " \tTITLE IQ\n", "Title Iq"),
            row("\u3000straße\u3000", "\u3000STRASSE\u3000", "straße"),
            row("7", "7", "7"));
    }

    // ---- Regex, Replace, Split ------------------------------------------------------------------------------

    @Test
    void regexFindsEveryMatch() {
        ModuleNode table = pipe("regex", "text", "match?", "matchCount", "matchList");
        b.param(lastModule, "pattern", "[0-9]+");
        CanvasRun run = replay("a1b22c333", "none", "");
        assertThat(run.rows(table)).containsExactly(row(1.0, 3.0, List.of("1", "22", "333")),
            row(0.0, 0.0, List.of()), row(0.0, 0.0, List.of()));
    }

    @Test
    void regexIgnoreCaseOptionAndInvalidPattern() {
        ModuleNode s = b.stream("s", "t:String");
        ModuleNode folded = b.add("regex");
        b.param(folded, "pattern", "abc").option(folded, "ignoreCase", true);
        ModuleNode broken = b.add("regex");
        b.param(broken, "pattern", "(unclosed");
        ModuleNode table = b.add("table");
        b.connect(s, "t", folded, "text").connect(s, "t", broken, "text").connect(folded, "matchCount", table, "in1")
            .connect(broken, "match?", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "ABC abc")).run();
        assertThat(run.rows(table)).containsExactly(row(2.0, null));
        assertThat(run.failures()).singleElement().asString()
            .contains("pattern \"(unclosed\" is not a valid regular expression: Unclosed group");
    }

    @Test
    void replaceUsesRegularExpressionsGroupsAndEmptyReplacement() {
        ModuleNode s = b.stream("s", "t:String");
        ModuleNode spaces = b.add("replace");
        b.param(spaces, "search", "\\s+").param(spaces, "replaceWith", "_");
        ModuleNode swap = b.add("replace");
        b.param(swap, "search", "(\\w+)@(\\w+)").param(swap, "replaceWith", "$2 at $1");
        ModuleNode strip = b.add("replace");
        b.param(strip, "search", "[^0-9]");
        ModuleNode none = b.add("replace");
        ModuleNode table = b.add("table");
        b.connect(s, "t", spaces, "text").connect(s, "t", swap, "text").connect(s, "t", strip, "text")
            .connect(s, "t", none, "text").connect(spaces, "out", table, "in1").connect(swap, "out", table, "in2")
            .connect(strip, "out", table, "in3").connect(none, "out", table, "in4");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "ada@home  tel 555-12"))
            .run();
        assertThat(run.rows(table)).containsExactly(
            row("ada@home_tel_555-12", "home at ada  tel 555-12", "55512", "ada@home  tel 555-12"));
    }

    @Test
    void replaceWithAMissingGroupFailsWithAHint() {
        ModuleNode table = pipe("replace", "text", "out");
        b.param(lastModule, "search", "a").param(lastModule, "replaceWith", "$3");
        CanvasRun run = replay("banana");
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.failures()).singleElement().asString()
            .contains("replaceWith \"$3\" is not a valid replacement").contains("\\$");
    }

    @Test
    void splitCutsAtARegularExpressionAndDropsTrailingEmptyPieces() {
        ModuleNode s = b.stream("s", "t:String");
        ModuleNode comma = b.add("split");
        b.param(comma, "separator", ",");
        ModuleNode chars = b.add("split");
        ModuleNode table = b.add("table");
        b.connect(s, "t", comma, "text").connect(s, "t", chars, "text").connect(comma, "list", table, "in1")
            .connect(chars, "list", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "a,b,,c,,").add(2000, "xy").add(3000, "")).run();
        assertThat(run.rows(table)).containsExactly(row(List.of("a", "b", "", "c"), List.of("a", ",", "b", ",", ",",
            "c", ",", ",")), row(List.of("xy"), List.of("x", "y")), row(List.of(""), List.of("")));
    }

    // ---- FormatNumber, StringToNumber -----------------------------------------------------------------------

    @Test
    void formatNumberRoundsHalfAwayFromZeroToFixedPlaces() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode two = b.add("format-number");
        b.param(two, "decimalPlaces", 2);
        ModuleNode none = b.add("format-number");
        ModuleNode table = b.add("table");
        b.connect(s, "x", two, "number").connect(s, "x", none, "number").connect(two, "text", table, "in1")
            .connect(none, "text", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 3.14159).add(2000, 2.5)
            .add(3000, 1.005).add(4000, -0.4).add(5000, 1e20).add(6000, 1234567.0).add(7000, Double.NaN)).run();
        assertThat(run.rows(table)).containsExactly(row("3.14", "3"), row("2.50", "3"), row("1.01", "1"),
            row("-0.40", "0"), row("100000000000000000000.00", "100000000000000000000"), row("1234567.00", "1234567"),
            row("NaN", "NaN"));
    }

    @Test
    void negativeDecimalPlacesFailTheModule() {
        ModuleNode table = pipe("format-number", "number", "text");
        b.param(lastModule, "decimalPlaces", -1);
        CanvasRun run = replay(1.0);
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.failures()).singleElement().asString()
            .contains("decimalPlaces must be a whole number from 0 to 20, not -1");
    }

    @Test
    void stringToNumberSendsErrorsForTextThatIsNotANumber() {
        ModuleNode table = pipe("string-to-number", "in", "out", "error");
        CanvasRun run = replay(" 42 ", "1.5e3", "abc", "1,5", "-0.25");
        assertThat(run.failures()).isEmpty();
        assertThat(run.rows(table)).containsExactly(row(42.0, null), row(1500.0, null),
            row(null, "Failed to parse: 'abc'"), row(null, "Failed to parse: '1,5'"), row(-0.25, null));
    }

    // ---- JsonParser, StringTemplate -------------------------------------------------------------------------

    @Test
    void jsonParserTurnsObjectsIntoMapsAndReportsInvalidJson() {
        ModuleNode table = pipe("json-parser", "json", "errors", "result");
        CanvasRun run = replay("{\"price\": 10, \"tags\": [\"a\", true, null], \"m\": {\"x\": -1.5}}", "[1, 2]",
            "\"plain\"", "{\"a\": ", "{} []", "", "null");
        List<List<Object>> rows = run.rows(table);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("price", 10.0);
        expected.put("tags", Arrays.asList("a", true, null));
        expected.put("m", Map.of("x", -1.5));
        assertThat(rows.get(0)).containsExactly(List.of(), expected);
        assertThat(new ArrayList<Object>(((Map<?, ?>) rows.get(0).get(1)).keySet())).containsExactly("price", "tags", "m");
        assertThat(rows.get(1)).containsExactly(List.of(), List.of(1.0, 2.0));
        assertThat(rows.get(2)).containsExactly(List.of(), "plain");
        assertThat(rows.get(3).get(1)).isNull();
        assertThat(errorsOf(rows.get(3))).singleElement().asString().contains("line 1, column");
        assertThat(errorsOf(rows.get(4))).singleElement().asString().contains("Trailing token");
        assertThat(errorsOf(rows.get(5))).containsExactly("no JSON value: the text is empty");
        assertThat(rows.get(6)).containsExactly(List.of(), null);
        assertThat(rows).hasSize(7);
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void parsedJsonCannotBeChangedByTheModulesItReaches() {
        ModuleNode table = pipe("json-parser", "json", "result");
        CanvasRun run = replay("{\"a\": [1]}");
        Map<?, ?> map = (Map<?, ?>) run.rows(table).get(0).get(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.clear())
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void stringTemplateFillsInStreamrStyleTemplates() {
        ModuleNode s = b.stream("s", "args:Map");
        ModuleNode st = b.add("string-template");
        b.param(st, "template", "<name> paid <amount> (<amount; format=\"%.2f\">) EUR<if(vip)>, VIP<endif>;"
            + " <items; separator=\", \">; <trade.side>.");
        ModuleNode table = b.add("table");
        b.connect(s, "args", st, "args").connect(st, "errors", table, "in1").connect(st, "result", table, "in2");
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("name", "Ada");
        args.put("amount", 12.0);
        args.put("vip", true);
        args.put("items", List.of("a", 2.5, 3.0));
        args.put("trade", Map.of("side", "buy"));
        Map<String, Object> fewer = new LinkedHashMap<>(args);
        fewer.put("vip", false);
        fewer.remove("trade");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, args).add(2000, fewer)).run();
        List<List<Object>> rows = run.rows(table);
        assertThat(rows.get(0)).containsExactly(List.of(), "Ada paid 12 (12.00) EUR, VIP; a, 2.5, 3; buy.");
        // as in Streamr, a missing entry inserts nothing and is listed on errors; the text is still sent
        assertThat(rows.get(1).get(1)).isEqualTo("Ada paid 12 (12.00) EUR; a, 2.5, 3; .");
        assertThat(errorsOf(rows.get(1))).anyMatch(e -> e.toString().contains("attribute trade isn't defined"));
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void stringTemplateReportsSyntaxErrorsOnTheErrorsOutput() {
        ModuleNode s = b.stream("s", "args:Map");
        ModuleNode st = b.add("string-template");
        b.param(st, "template", "Hello <name");
        ModuleNode table = b.add("table");
        b.connect(s, "args", st, "args").connect(st, "errors", table, "in1");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, Map.of("name", "Ada")).add(2000, Map.of("name", "Bo"))).run();
        assertThat(run.failures()).isEmpty();
        assertThat(run.rows(table)).hasSize(2).allSatisfy(r -> assertThat((List<?>) r.get(0)).isNotEmpty());
        assertThat(run.rows(table).get(0).get(0).toString()).contains("1:");
    }

    // ---- RandomString ---------------------------------------------------------------------------------------

    @Test
    void randomStringWithASeedIsRepeatable() {
        ModuleNode s = b.stream("s", "t:String");
        ModuleNode rnd = b.add("random-string");
        b.param(rnd, "length", 8).option(rnd, "seed", 1234);
        ModuleNode ab = b.add("random-string");
        b.param(ab, "length", 20).option(ab, "symbols", "ab").option(ab, "seed", -5);
        ModuleNode table = b.add("table");
        b.connect(s, "t", rnd, "trigger").connect(s, "t", ab, "trigger").connect(rnd, "out", table, "in1")
            .connect(ab, "out", table, "in2");
        MemoryCursor events = new MemoryCursor().add(1000, "x").add(2000, "y").add(3000, "z");
        List<List<Object>> first = new CanvasRun(b.build()).replay("s", events).run().rows(table);
        List<List<Object>> second = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, "x").add(2000, "y").add(3000, "z")).run().rows(table);
        assertThat(first).hasSize(3).isEqualTo(second);
        assertThat(first).allSatisfy(r -> {
            assertThat((String) r.get(0)).matches("[0-9a-z]{8}");
            assertThat((String) r.get(1)).matches("[ab]{20}");
        });
        assertThat(first.get(0).get(0)).isNotEqualTo(first.get(1).get(0));
    }

    @Test
    void randomStringWithoutASeedDiffersBetweenRuns() {
        ModuleNode table = pipe("random-string", "trigger", "out");
        assertThat(lastModule.options.get("seed").value).isEqualTo(0);
        Object first = replay("go").rows(table).get(0).get(0);
        Object second = replay("go").rows(table).get(0).get(0);
        assertThat((String) first).matches("[0-9a-z]{10}");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void randomStringRejectsANegativeLength() {
        ModuleNode table = pipe("random-string", "trigger", "out");
        b.param(lastModule, "length", -3);
        CanvasRun run = replay("go");
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.failures()).singleElement().asString()
            .contains("length must be a whole number from 0 to 1000000, not -3");
    }

    // ---- byte arrays ----------------------------------------------------------------------------------------

    @Test
    void bytesRoundTripBetweenBase64AndHex() {
        ModuleNode s = b.stream("s", "t:String");
        ModuleNode fromBase64 = b.add("decode-string-to-byte-array");
        ModuleNode toHex = b.add("decode-byte-array-to-string");
        ModuleNode fromHex = b.add("decode-string-to-byte-array");
        b.param(fromHex, "decodeType", "hex");
        ModuleNode toBase64 = b.add("decode-byte-array-to-string");
        b.param(toBase64, "decodeType", "base64");
        ModuleNode table = b.add("table");
        b.connect(s, "t", fromBase64, "in").connect(fromBase64, "out", toHex, "in")
            .connect(toHex, "out", fromHex, "in").connect(fromHex, "out", toBase64, "in")
            .connect(toHex, "out", table, "in1").connect(toBase64, "out", table, "in2")
            .connect(fromBase64, "error", table, "in3");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, "SGVsbG8=")
            .add(2000, "SGk").add(3000, "+/8=").add(4000, "-_8").add(5000, "not base64!")).run();
        assertThat(run.failures()).isEmpty();
        assertThat(run.rows(table)).containsExactly(row("48656C6C6F", "SGVsbG8=", null), row("4869", "SGk=", null),
            row("FBFF", "+/8=", null), row("FBFF", "+/8=", null),
            row(null, null, "Failed to parse: 'not base64!' is not base64 (Illegal base64 character 21)"));
    }

    @Test
    void hexTextMayStartWith0xAndBadHexGoesToError() {
        ModuleNode table = pipe("decode-string-to-byte-array", "in", "out", "error");
        b.param(lastModule, "decodeType", "hex");
        CanvasRun run = replay("0x4869", "abc", "zz");
        List<List<Object>> rows = run.rows(table);
        assertThat((byte[]) rows.get(0).get(0)).containsExactly('H', 'i');
        assertThat(rows.get(1)).containsExactly(null, "Failed to parse: 'abc' is not hex (odd number of hex digits)");
        assertThat((String) rows.get(2).get(1)).startsWith("Failed to parse: 'zz' is not hex");
    }

    @Test
    void byteArrayToStringReportsValuesThatAreNotBytes() {
        ModuleNode table = pipe("decode-byte-array-to-string", "in", "out", "error");
        CanvasRun run = replay("text");
        assertThat(run.rows(table)).containsExactly(row(null, "Failed to parse byte array: got String text"));
    }

    @Test
    void unknownDecodeTypeFailsTheModule() {
        ModuleNode table = pipe("decode-string-to-byte-array", "in", "out");
        b.param(lastModule, "decodeType", "utf-16");
        CanvasRun run = replay("x");
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.failures()).singleElement().asString()
            .contains("decodeType must be base64 or hex, not \"utf-16\"");
    }
}
