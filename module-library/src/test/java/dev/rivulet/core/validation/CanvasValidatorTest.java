package dev.rivulet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.NativeCodec;
import dev.rivulet.document.PortNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanvasValidatorTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private final CanvasValidator validator = new CanvasValidator(REGISTRY);
    private final CanvasBuilder b = new CanvasBuilder(REGISTRY);

    private List<Problem> validate() {
        return validator.validate(b.build());
    }

    @Test
    void cleanCanvasHasNoProblems() {
        ModuleNode s = b.stream("prices", "price:Double");
        ModuleNode ma = b.add("moving-average");
        ModuleNode c = b.add("constant");
        ModuleNode gt = b.add("greater-than");
        ModuleNode table = b.add("table");
        b.param(ma, "windowLength", 5).param(c, "constant", 10)
            .connect(s, "price", ma, "in").connect(ma, "out", gt, "A").connect(c, "out", gt, "B")
            .connect(gt, "A>B", table, "in1").connect(ma, "out", table, "in2");

        assertThat(validate()).isEmpty();
    }

    @Test
    void reportsUnknownModuleType() {
        CanvasDocument doc = b.build();
        ModuleNode twitter = new ModuleNode();
        twitter.hash = 99;
        twitter.type = "streamr:159";
        twitter.name = "Twitter";
        twitter.outputs.add(new PortNode("tweet"));
        doc.modules.add(twitter);

        assertThat(validator.validate(doc)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.UNKNOWN_TYPE);
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.moduleHash()).isEqualTo(99);
            assertThat(p.moduleName()).isEqualTo("Twitter");
            assertThat(p.message()).isEqualTo("unknown module type streamr:159 (not implemented yet)");
        });
    }

    @Test
    void reportsPortsTheModuleTypeDoesNotHave() {
        ModuleNode c = b.add("constant");
        c.inputs.add(new PortNode("bogus"));

        assertThat(validate()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.UNKNOWN_PORT);
            assertThat(p.message()).isEqualTo("constant has no input 'bogus'; it is ignored");
        });
    }

    @Test
    void reportsConnectionToMissingModuleAndPort() {
        ModuleNode c = b.add("constant");
        ModuleNode table = b.add("table");
        CanvasDocument doc = b.build();
        doc.connections.add(new ConnectionNode(c.hash, "out", 42, "in"));
        doc.connections.add(new ConnectionNode(c.hash, "nope", table.hash, "in1"));

        List<Problem> problems = validator.validate(doc);

        assertThat(problems).extracting(Problem::kind)
            .containsExactlyInAnyOrder(Problem.Kind.MISSING_MODULE, Problem.Kind.MISSING_PORT);
        assertThat(problems).extracting(Problem::message).containsExactlyInAnyOrder(
            "connection 1.out -> 42.in refers to module 42, which is not on the canvas",
            "connection Constant.nope → Table.in1: Constant has no output 'nope'");
    }

    @Test
    void reportsMoreThanOneConnectionIntoAnInput() {
        ModuleNode c1 = b.add("constant");
        ModuleNode c2 = b.add("constant");
        ModuleNode ma = b.add("moving-average");
        b.connect(c1, "out", ma, "in");
        b.build().connections.add(new ConnectionNode(c2.hash, "out", ma.hash, "in"));

        assertThat(validate()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.MULTIPLE_CONNECTIONS);
            assertThat(p.moduleHash()).isEqualTo(ma.hash);
            assertThat(p.message()).isEqualTo("input 'in' has more than one connection; an input takes one");
        });
    }

    @Test
    void reportsRequiredInputThatIsNotConnected() {
        ModuleNode ma = b.add("moving-average");

        assertThat(validate()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.UNCONNECTED_INPUT);
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.moduleHash()).isEqualTo(ma.hash);
            assertThat(p.message()).isEqualTo("input 'in' is not connected");
        });
    }

    @Test
    void exportedInputIsFedByTheParentCanvas() {
        ModuleNode ma = b.add("moving-average");
        ma.input("in").orElseThrow().export = true;

        assertThat(validate()).isEmpty();
    }

    @Test
    void inputWithInitialValueNeedsNoConnection() {
        ModuleNode ma = b.add("moving-average");
        b.initialValue(ma, "in", 1.0);

        assertThat(validate()).isEmpty();
    }

    @Test
    void reportsIncompatibleTypes() {
        ModuleNode s = b.stream("tweets", "text:String", "n:Double");
        ModuleNode gt = b.add("greater-than");
        b.connect(s, "text", gt, "A").connect(s, "n", gt, "B");

        assertThat(validate()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INCOMPATIBLE_TYPES);
            assertThat(p.message()).isEqualTo("cannot connect String output 'text' to Double input 'A'");
        });
    }

    @Test
    void reportsCycleNamingItsModules() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode add = b.add("add");
        ModuleNode ma = b.add("moving-average");
        b.connect(s, "v", add, "in1").connect(add, "sum", ma, "in").connect(ma, "out", add, "in2");

        assertThat(validate()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.CYCLE);
            assertThat(p.moduleHash()).isEqualTo(add.hash);
            assertThat(p.message()).isEqualTo("cycle through Add → MovingAverage → Add: mark one connection as feedback");
        });
    }

    @Test
    void feedbackConnectionBreaksTheCycle() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode add = b.add("add");
        ModuleNode ma = b.add("moving-average");
        b.connect(s, "v", add, "in1").connect(add, "sum", ma, "in").feedback(ma, "out", add, "in2");

        assertThat(validate()).isEmpty();
    }

    @Test
    void moduleWiredToItselfIsACycle() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode add = b.add("add");
        b.connect(s, "v", add, "in1").connect(add, "sum", add, "in2");

        assertThat(validate()).extracting(Problem::message)
            .containsExactly("cycle through Add → Add: mark one connection as feedback");
    }

    @Test
    void modulesWithTheSameNameAreToldApartByHash() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode add = b.add("add");
        ModuleNode ma1 = b.add("moving-average");
        ModuleNode ma2 = b.add("moving-average");
        b.connect(s, "v", add, "in1").connect(add, "sum", ma1, "in").connect(ma1, "out", ma2, "in")
            .connect(ma2, "out", add, "in2");

        assertThat(validate()).extracting(Problem::message).containsExactly("cycle through Add → MovingAverage#"
            + ma1.hash + " → MovingAverage#" + ma2.hash + " → Add: mark one connection as feedback");
    }

    @Test
    void reportsNonNumericValueForNumberParameter() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode ma = b.add("moving-average");
        b.connect(s, "v", ma, "in");
        ma.param("windowLength").orElseThrow().value = "ten";

        assertThat(validate()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.BAD_VALUE);
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.message()).startsWith("parameter windowLength: \"ten\" is not a number");
        });
    }

    @Test
    void reportsValueThatIsNotAmongTheChoices() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode ma = b.add("moving-average");
        b.connect(s, "v", ma, "in");
        ma.param("windowType").orElseThrow().value = "weeks";

        assertThat(validate()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.BAD_VALUE);
            assertThat(p.message()).isEqualTo(
                "parameter 'windowType': \"weeks\" is not one of events, seconds, minutes, hours, days");
        });
    }

    @Test
    void choicesCompareIgnoringCaseAsStreamrSavedThem() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode ma = b.add("moving-average");
        b.connect(s, "v", ma, "in");
        ma.param("windowType").orElseThrow().value = "EVENTS";

        assertThat(validate()).isEmpty();
    }

    @Test
    void reportsStreamrConnectionWhoseSourceWasNotInTheCanvas() {
        ModuleNode table = b.add("table");
        table.input("in1").orElseThrow().putExtra(dev.rivulet.document.StreamrCodec.DANGLING_SOURCE_ID, "ep_gone");

        assertThat(validate()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.DANGLING_SOURCE);
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message())
                .isEqualTo("input 'in1' was connected in Streamr to endpoint ep_gone, which is not in this canvas");
        });
    }

    @Test
    void reportsDuplicateHashes() {
        ModuleNode c = b.add("constant");
        CanvasDocument doc = b.build();
        doc.modules.add(c.copy());

        assertThat(validator.validate(doc)).extracting(Problem::kind).containsExactly(Problem.Kind.DUPLICATE_HASH);
    }

    @Test
    void goldenCanvasOnlyLacksTheTwitterModule() throws Exception {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/golden/native-v1.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CanvasDocument doc = new NativeCodec().read(json, "native-v1.json");

        assertThat(validator.validate(doc)).extracting(Problem::kind, Problem::moduleName)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Problem.Kind.UNKNOWN_TYPE, "Twitter"));
    }
}
