package dev.rivulet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.bench.SyntheticCanvas;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.DirectoryCanvasResolver;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.ConnectionNode;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.document.StreamrCodec;
import dev.rivulet.document.StreamrCorpus;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation that configures modules with equal nodes once and shares the result must report exactly what configuring
 * every module on its own reports: the same problems, in the same order, with the same messages; and it must leave the
 * document as that does.
 */
class SharedConfigurationValidationTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load().withCanvasResolver(
        new DirectoryCanvasResolver(StreamrCorpus.directory(), ModuleRegistry.load()));

    static List<Path> corpus() {
        return StreamrCorpus.canvases();
    }

    static Stream<Integer> seeds() {
        return Stream.of(1, 2, 3, 4, 5);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void realStreamrCanvasesGetTheSameProblemsAsWithoutSharing(Path file) throws Exception {
        CanvasDocument doc = new CanvasFiles(REGISTRY).load(file);

        assertSameProblems(doc);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void syntheticCanvasesGetTheSameProblemsAsWithoutSharing(int seed) {
        CanvasDocument doc = SyntheticCanvas.generate(REGISTRY, 400, seed);

        assertSameProblems(doc);
    }

    @Test
    void theBenchmarkCanvasGetsTheSameProblemsAsWithoutSharing() {
        assertSameProblems(SyntheticCanvas.generate(REGISTRY, 2000, 3000, 7));
    }

    @Test
    void canvasFullOfFaultsGetsTheSameProblemsAsWithoutSharing() {
        CanvasDocument doc = faultyCanvas();

        List<Problem> problems = assertSameProblems(doc);

        assertThat(problems).extracting(Problem::kind).contains(Problem.Kind.UNKNOWN_TYPE,
            Problem.Kind.DUPLICATE_HASH, Problem.Kind.UNKNOWN_PORT, Problem.Kind.MISSING_MODULE,
            Problem.Kind.MISSING_PORT, Problem.Kind.MULTIPLE_CONNECTIONS, Problem.Kind.UNCONNECTED_INPUT,
            Problem.Kind.INCOMPATIBLE_TYPES, Problem.Kind.CYCLE, Problem.Kind.BAD_VALUE, Problem.Kind.DANGLING_SOURCE,
            Problem.Kind.CONFIGURATION);
    }

    @Test
    void modulesWithEqualNodesShareOneConfiguredInstance() {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode ma1 = b.add("moving-average");
        ModuleNode ma2 = b.add("moving-average");
        ModuleNode ma3 = b.add("moving-average");
        b.param(ma3, "windowLength", 7);
        ModuleConfigurations configurations = new ModuleConfigurations(REGISTRY, new ConfigurationCache(16));

        ModuleConfigurations.Configured first = configurations.configure(ma1);

        assertThat(configurations.configure(ma2)).isSameAs(first);
        assertThat(configurations.configure(ma3).instance()).isNotSameAs(first.instance());
    }

    @Test
    void modulesThatDependOnMoreThanTheirNodeAreConfiguredEachTime() {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode fromSchema = b.add("stream");
        b.param(fromSchema, "stream", "prices");
        ModuleNode subCanvas = b.add("canvas");
        ModuleNode unknown = new ModuleNode();
        unknown.type = "streamr:159";
        ModuleConfigurations configurations = new ModuleConfigurations(REGISTRY, new ConfigurationCache(16));

        for (ModuleNode node : List.of(fromSchema, subCanvas, unknown)) {
            assertThat(configurations.configure(node).instance()).as(node.type)
                .isNotSameAs(configurations.configure(twin(node)).instance());
        }
    }

    @Test
    void streamsWhoseFieldsAreSavedShareTheirConfiguration() {
        ModuleNode saved = new CanvasBuilder(REGISTRY).stream("prices", "price:Double", "symbol:String");
        ModuleConfigurations configurations = new ModuleConfigurations(REGISTRY, new ConfigurationCache(16));

        assertThat(configurations.configure(saved)).isSameAs(configurations.configure(twin(saved)));
    }

    private static ModuleNode twin(ModuleNode node) {
        ModuleNode twin = node.copy();
        twin.hash = node.hash + 1000;
        return twin;
    }

    @Test
    void aValidatorThatValidatesAgainAfterEditsReportsWhatAFreshOneReports() {
        CanvasValidator validator = new CanvasValidator(REGISTRY);
        CanvasDocument doc = faultyCanvas();
        validator.validate(doc);
        ModuleNode ma = doc.modules.stream().filter(m -> "moving-average".equals(m.type)).findFirst().orElseThrow();

        for (Object windowType : new Object[] {"days", "fortnights", "weeks", "EVENTS"}) {
            ma.param("windowType").orElseThrow().value = windowType;
            ma.inputs.add(new PortNode("extra-" + windowType));

            assertThat(validator.validate(doc)).as("windowType " + windowType)
                .containsExactlyElementsOf(new CanvasValidator(REGISTRY, false).validate(doc));
        }
    }

    @Test
    void validationsFromSeveralThreadsAtOnceReportWhatOneReports() throws Exception {
        CanvasValidator validator = new CanvasValidator(REGISTRY);
        CanvasDocument doc = SyntheticCanvas.generate(REGISTRY, 400, 9);
        List<Problem> expected = new CanvasValidator(REGISTRY, false).validate(doc);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Problem>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                CanvasDocument copy = doc.copy();
                runs.add(pool.submit(() -> validator.validate(copy)));
            }
            for (java.util.concurrent.Future<List<Problem>> run : runs) {
                assertThat(run.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedConfigurations() {
        ConfigurationCache cache = new ConfigurationCache(2);
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        for (int i = 1; i <= 5; i++) {
            ModuleNode ma = b.add("moving-average");
            b.param(ma, "windowLength", i);
            new ModuleConfigurations(REGISTRY, cache).configure(ma);
        }

        assertThat(cache.size()).isEqualTo(2);
    }

    private static List<Problem> assertSameProblems(CanvasDocument doc) {
        return SharedValidationCheck.assertSameProblems(REGISTRY, doc);
    }

    /**
     * Every kind of problem, each pattern repeated with identical nodes (so that sharing applies) next to variants
     * that differ in one setting: unknown types, bad and good choices, incompatible types, cycles, unknown ports,
     * variadic groups of different sizes, expressions, configuration warnings, duplicate hashes, missing modules and
     * ports.
     */
    static CanvasDocument faultyCanvas() {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode text = b.stream("tweets", "text:String", "n:Double");
        for (int i = 0; i < 3; i++) {
            ModuleNode gt = b.add("greater-than");
            b.connect(text, "text", gt, "A").connect(text, "n", gt, "B");
            ModuleNode weeks = b.add("moving-average");
            weeks.param("windowType").orElseThrow().value = "weeks";
            b.connect(text, "n", weeks, "in");
            ModuleNode ten = b.add("moving-average");
            ten.param("windowLength").orElseThrow().value = "ten";
            ModuleNode days = b.add("moving-average");
            days.param("windowType").orElseThrow().value = "DAYS";
            b.connect(text, "n", days, "in");
            ModuleNode bogus = b.add("constant");
            bogus.inputs.add(new PortNode("bogus"));
            bogus.outputs.add(new PortNode("nothing"));
            ModuleNode add = b.add("add");
            ModuleNode ma = b.add("moving-average");
            b.connect(text, "n", add, "in1").connect(add, "sum", ma, "in").connect(ma, "out", add, "in2");
            ModuleNode expression = b.add("expression");
            b.param(expression, "expression", i == 2 ? "x*2" : "a+b");
            ModuleNode broken = b.add("expression");
            broken.param("expression").orElseThrow().value = "a+*";
            ModuleNode sink = b.add("file-sink");
            sink.param("format").orElseThrow().value = i == 0 ? "xml" : "yaml";
            ModuleNode table = b.add("table");
            table.input("in1").orElseThrow().putExtra(StreamrCodec.DANGLING_SOURCE_ID, "ep_gone");
            ModuleNode unknown = new ModuleNode();
            unknown.hash = 9000 + i;
            unknown.type = "streamr:159";
            unknown.name = "Twitter";
            unknown.outputs.add(new PortNode("tweet"));
            b.build().modules.add(unknown);
        }
        for (int grow : new int[] {0, 1, 1, 3, 0}) {
            ModuleNode add = b.add("add");
            ModuleNode pass = b.add("pass-through");
            for (int g = 0; g < grow; g++) {
                b.grow(add).grow(pass);
            }
            b.connect(text, "n", add, "in1").connect(add, "sum", pass, "in1");
            b.build().connections.add(new ConnectionNode(add.hash, "sum", pass.hash, "in9"));
            b.build().connections.add(new ConnectionNode(text.hash, "n", add.hash, "in1"));
        }
        CanvasDocument doc = b.build();
        doc.modules.add(doc.modules.get(3).copy());
        doc.connections.add(new ConnectionNode(text.hash, "n", 4242, "in"));
        doc.connections.add(new ConnectionNode(4243, "out", text.hash, "nope"));
        return doc;
    }
}
