package dev.rivulet.modules.custom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CustomCodePolicy;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleNodes;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ModuleStatus;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.UiMessage;
import dev.rivulet.core.validation.CanvasValidator;
import dev.rivulet.core.validation.Problem;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaModuleTest {
    static final ModuleRegistry TRUSTING = CanvasRun.REGISTRY.withCustomCodePolicy(CustomCodePolicy.ALL);
    private final CanvasBuilder b = new CanvasBuilder(TRUSTING);

    static final String SUM = """
        TimeSeriesInput in = doubleInput("in");
        DoubleParameter factor = doubleParam("factor", 2);
        TimeSeriesOutput out = doubleOutput("sum");
        double sum;

        public void sendOutput() {
            sum += in.getValue() * factor.getValue();
            out.send(sum);
            debug("sum " + sum);
        }

        public void clearState() {
            sum = 0;
        }
        """;

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** A JavaModule with the given code, its ports written from the code as the editor does. */
    static ModuleNode javaModule(CanvasBuilder b, ModuleRegistry registry, String code) {
        ModuleNode m = b.add("java-module");
        m.putExtra(JavaModule.CODE, code);
        m.params.clear();
        m.inputs.clear();
        m.outputs.clear();
        ModuleNodes.writePorts(registry.instantiate(m, new ArrayList<>()), m);
        return m;
    }

    private ModuleNode javaModule(String code) {
        return javaModule(b, TRUSTING, code);
    }

    @Test
    void catalogueEntryMatchesStreamr() {
        DefinitionChecks.assertCatalogued("java-module", 136, "JavaModule", "Custom Modules", "SimpleJavaCodeWrapper",
            "Custom", "Code");
    }

    @Test
    void newModuleStartsWithTheTemplateAndItsNumberPorts() {
        ModuleNode m = b.add("java-module");
        assertThat(m.extra(JavaModule.CODE)).isEqualTo(DefaultCode.TEXT);
        assertThat(m.inputs).extracting(p -> p.name + ":" + p.type).containsExactly("in:Double");
        assertThat(m.outputs).extracting(p -> p.name + ":" + p.type).containsExactly("out:Double");
    }

    @Test
    void compiledCodeRunsInTheEngineAndReachesTheSink() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode java = javaModule(SUM);
        b.param(java, "factor", 10);
        ModuleNode table = b.add("table");
        b.connect(s, "v", java, "in").connect(java, "sum", table, "in1");
        CanvasRun run = new CanvasRun(b.build(), TRUSTING)
            .replay("s", new MemoryCursor().add(1000, 1.0).add(2000, 2.0).add(3000, 3.5)).run();
        assertThat(run.failures()).isEmpty();
        assertThat(run.rows(table)).containsExactly(row(10.0), row(30.0), row(65.0));
        // debug lines go to the module's console channel and to the run's notices
        assertThat(run.messages(java)).filteredOn(m -> m instanceof UiMessage.Generic g && g.type().equals("debug"))
            .extracting(m -> ((UiMessage.Generic) m).body().get("msg")).containsExactly("sum 10.0", "sum 30.0",
                "sum 65.0");
        assertThat(run.notices()).anyMatch(n -> n.endsWith("debug: sum 65.0"));
    }

    @Test
    void streamrStyleCodeWithPublicValueFieldsRuns() {
        // the code of Streamr's own SimpleJavaCodeWrapper test, as exported from Streamr
        String streamrCode = "\nTimeSeriesInput in = new TimeSeriesInput(this,\"in\");\n"
            + "TimeSeriesOutput out = new TimeSeriesOutput(this,\"out\");\nprivate double sum = 0D;\n\n"
            + "@Override\npublic void sendOutput() {\nsum += in.value;\nout.send(sum);\n}\n\n"
            + "@Override\npublic void clearState() {\nsum = 0D;\n}\n";
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode java = javaModule(streamrCode);
        ModuleNode table = b.add("table");
        b.connect(s, "v", java, "in").connect(java, "out", table, "in1");
        MemoryCursor values = new MemoryCursor();
        for (int i = 0; i <= 10; i++) {
            values.add(1000L * (i + 1), (double) i);
        }
        CanvasRun run = new CanvasRun(b.build(), TRUSTING).replay("s", values).run();
        List<List<Object>> expected = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i <= 10; i++) {
            sum += i;
            if (i > 0) {
                expected.add(row(sum)); // 0 is not repeated by the no-repeat output: the first row is 0 only once
            } else {
                expected.add(row(0.0));
            }
        }
        assertThat(run.rows(table)).containsExactlyElementsOf(expected);
    }

    @Test
    void compileErrorsAreReportedPerLineAsValidationErrors() {
        String broken = """
            TimeSeriesInput in = doubleInput("in");
            TimeSeriesOutput out = doubleOutput("out");
            public void sendOutput() {
                double x = in.getValue()
                out.send(y);
            }
            """;
        ModuleNode java = b.add("java-module");
        java.putExtra(JavaModule.CODE, broken);
        List<Problem> problems = new CanvasValidator(TRUSTING).validate(b.build());
        assertThat(problems).filteredOn(p -> p.moduleHash() == java.hash && p.severity() == Problem.Severity.ERROR)
            .extracting(Problem::message)
            .anySatisfy(m -> assertThat(m).startsWith("code line 4, column ").contains("';' expected"));

        JavaModule m = (JavaModule) TRUSTING.instantiate(java, new ArrayList<>());
        assertThat(m.compileProblems()).first().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(29); // just after "in.getValue()"
        });
        // the saved ports (the template's) are kept so that connections survive until the code is fixed
        assertThat(m.input("in")).isNotNull();
        assertThat(m.output("out")).isNotNull();
    }

    @Test
    void typeErrorsNameTheUsersLine() {
        ModuleNode java = b.add("java-module");
        java.putExtra(JavaModule.CODE, "TimeSeriesOutput out = doubleOutput(\"out\");\n\n"
            + "public void sendOutput() {\n    out.send(undefinedThing);\n}\n");
        JavaModule m = (JavaModule) TRUSTING.instantiate(java, new ArrayList<>());
        assertThat(m.compileProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("cannot find symbol");
        });
    }

    @Test
    void portsMustBeFieldsWithLiteralNames() {
        ModuleNode java = b.add("java-module");
        java.putExtra(JavaModule.CODE, """
            String name = "x";
            TimeSeriesInput in = doubleInput(name);
            public void initialize() {
                TimeSeriesOutput late = doubleOutput("late");
            }
            """);
        JavaModule m = (JavaModule) TRUSTING.instantiate(java, new ArrayList<>());
        assertThat(m.compileProblems()).extracting(CompileProblem::line, CompileProblem::message).containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "a port name must be a string literal"),
            org.assertj.core.groups.Tuple.tuple(4L,
                "declare ports in field initialisers of the module (not in methods or nested classes)"));
    }

    @Test
    void exceptionInUserCodeFailsTheModuleWithTheLineAndTheRunGoesOn() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode java = javaModule("""
            TimeSeriesInput in = doubleInput("in");
            TimeSeriesOutput out = doubleOutput("out");

            public void sendOutput() {
                if (in.getValue() == 2) {
                    throw new IllegalStateException("two is not allowed");
                }
                out.send(in.getValue() * 100);
            }
            """);
        ModuleNode table = b.add("table");
        ModuleNode direct = b.add("table");
        b.connect(s, "v", java, "in").connect(java, "out", table, "in1").connect(s, "v", direct, "in1");
        CanvasRun run = new CanvasRun(b.build(), TRUSTING)
            .replay("s", new MemoryCursor().add(1000, 1.0).add(2000, 2.0).add(3000, 3.0)).run();
        assertThat(run.failures()).containsExactly("JavaModule: IllegalStateException: two is not allowed (code line 6)");
        assertThat(run.runtime().module(java.hash).status()).isEqualTo(ModuleStatus.FAILED);
        assertThat(run.rows(table)).containsExactly(row(100.0), row(300.0));
        assertThat(run.rows(direct)).containsExactly(row(1.0), row(2.0), row(3.0));
    }

    @Test
    void clearStateRunsTheCodesClearState() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode java = javaModule(SUM);
        ModuleNode table = b.add("table");
        b.connect(s, "v", java, "in").connect(java, "sum", table, "in1");
        CanvasRun run = new CanvasRun(b.build(), TRUSTING)
            .replay("s", new MemoryCursor().add(1000, 1.0).add(2000, 2.0)).run();
        assertThat(run.rows(table)).containsExactly(row(2.0), row(6.0));
        run.runtime().clearState();
        new ReplayLoop(run.runtime()).source(run.runtime().streamSources().get(0), new MemoryCursor().add(3000, 5.0))
            .run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
        assertThat(run.rows(table)).containsExactly(row(2.0), row(6.0), row(10.0));
    }

    @Test
    void eachModuleInstanceHasItsOwnClassesAndStaticState() {
        String counter = """
            TimeSeriesInput in = doubleInput("in");
            TimeSeriesOutput out = doubleOutput("count");
            static int count;
            public void sendOutput() { out.send(++count); }
            """;
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode first = javaModule(counter);
        ModuleNode second = javaModule(counter);
        ModuleNode table = b.add("table");
        b.connect(s, "v", first, "in").connect(s, "v", second, "in")
            .connect(first, "count", table, "in1").connect(second, "count", table, "in2");
        CanvasRun run = new CanvasRun(b.build(), TRUSTING)
            .replay("s", new MemoryCursor().add(1000, 1.0).add(2000, 2.0)).run();
        assertThat(run.rows(table)).containsExactly(row(1.0, 1.0), row(2.0, 2.0));
    }

    @Test
    void withoutPermissionTheCodeNeverRunsAndTheModuleSaysWhy() {
        ModuleNode s = b.stream("s", "v:Double");
        ModuleNode java = javaModule("""
            TimeSeriesInput in = doubleInput("in");
            TimeSeriesOutput out = doubleOutput("out");
            static { if (true) throw new IllegalStateException("must never run"); }
            public void sendOutput() { out.send(1); }
            """);
        ModuleNode table = b.add("table");
        ModuleNode direct = b.add("table");
        b.connect(s, "v", java, "in").connect(java, "out", table, "in1").connect(s, "v", direct, "in1");
        // the plain registry runs no custom code
        CanvasRun run = new CanvasRun(b.build(), CanvasRun.REGISTRY).replay("s", new MemoryCursor().add(1000, 1.0))
            .run();
        assertThat(run.failures()).singleElement().asString()
            .contains("custom code runs only in canvases you created or trusted");
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.rows(direct)).containsExactly(row(1.0));
    }

    @Test
    void eachSourceCompilesOnce() {
        JavaCodeCompiler compiler = new JavaCodeCompiler();
        CompiledCode first = compiler.compile(SUM);
        assertThat(first.ok()).isTrue();
        assertThat(compiler.compile(SUM)).isSameAs(first);
        assertThat(compiler.compile(SUM + " ")).isNotSameAs(first);
        assertThat(first.ports()).extracting(PortSpec::name).containsExactly("in", "factor", "sum");
        assertThat(first.ports().get(1).defaultValue()).isEqualTo(2.0);
        assertThat(first.readsValueFields()).isFalse();
        assertThat(compiler.compile("TimeSeriesInput in = doubleInput(\"in\");\n"
            + "public void sendOutput() { debug(\"\" + in.value); }").readsValueFields()).isTrue();
    }
}
