package dev.rivulet.app.bench;

import dev.rivulet.bench.SyntheticCursor;
import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.CustomCodePolicy;
import dev.rivulet.core.ModuleNodes;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.ReplayLoop;
import dev.rivulet.core.RunContext;
import dev.rivulet.core.RunListener;
import dev.rivulet.core.RunMode;
import dev.rivulet.core.UiSink;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.modules.custom.CompiledCode;
import dev.rivulet.modules.custom.JavaCodeCompiler;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.SplittableRandom;

/**
 * {@code bench custom-code}: what a JavaModule costs. Compile time of a first source (the compiler starting cold), of
 * a second one, and of a cached source; then events per second through Stream → JavaModule (x·2) → Count against
 * Stream → Multiply(Constant 2) → Count, the same work done by a built-in module.
 */
public final class CustomCodeBench {
    private static final String DOUBLER = """
        TimeSeriesInput in = doubleInput("in");
        TimeSeriesOutput out = doubleOutput("out");
        public void sendOutput() { out.send(in.getDouble() * 2); }
        """;

    private CustomCodeBench() {
    }

    public static void run(ModuleRegistry registry, long eventsPerRound, int rounds, PrintWriter out) {
        JavaCodeCompiler compiler = new JavaCodeCompiler();
        long t0 = System.nanoTime();
        CompiledCode first = compiler.compile(DOUBLER);
        long cold = System.nanoTime() - t0;
        t0 = System.nanoTime();
        compiler.compile(DOUBLER.replace("* 2", "* 3"));
        long warm = System.nanoTime() - t0;
        int hits = 10_000;
        t0 = System.nanoTime();
        for (int i = 0; i < hits; i++) {
            compiler.compile(DOUBLER);
        }
        long cached = (System.nanoTime() - t0) / hits;
        out.printf("compile, first source (cold compiler): %.0f ms%n", cold / 1e6);
        out.printf("compile, another source: %.0f ms%n", warm / 1e6);
        out.printf("compile, cached source: %.1f µs (SHA-256 of the source and a lookup)%n", cached / 1e3);
        out.printf("compiled classes: %d, %,d bytes%n", first.classes().size(),
            first.classes().values().stream().mapToInt(b -> b.length).sum());
        out.flush();

        ModuleRegistry trusting = registry.withCustomCodePolicy(CustomCodePolicy.ALL); // the bench's own code
        double custom = throughput(trusting, javaCanvas(trusting), eventsPerRound, rounds);
        double builtIn = throughput(trusting, builtInCanvas(trusting), eventsPerRound, rounds);
        out.printf("JavaModule x*2: %,.0f events/s%n", custom);
        out.printf("Multiply x*2 (built-in): %,.0f events/s%n", builtIn);
        out.printf("(median of %d rounds of %,d events after warm-up)%n", rounds, eventsPerRound);
        out.flush();
    }

    private static CanvasDocument javaCanvas(ModuleRegistry registry) {
        CanvasBuilder b = new CanvasBuilder(registry).name("custom code benchmark");
        ModuleNode s = b.stream("bench", "value:Double");
        ModuleNode java = b.add("java-module");
        java.putExtra("code", DOUBLER);
        java.inputs.clear();
        java.outputs.clear();
        ModuleNodes.writePorts(registry.instantiate(java, new ArrayList<>()), java);
        ModuleNode count = b.add("count");
        b.connect(s, "value", java, "in").connect(java, "out", count, "in");
        return b.build();
    }

    private static CanvasDocument builtInCanvas(ModuleRegistry registry) {
        CanvasBuilder b = new CanvasBuilder(registry).name("built-in benchmark");
        ModuleNode s = b.stream("bench", "value:Double");
        ModuleNode two = b.add("constant");
        b.param(two, "constant", 2.0);
        ModuleNode mul = b.add("multiply");
        ModuleNode count = b.add("count");
        b.connect(s, "value", mul, "A").connect(two, "out", mul, "B").connect(mul, "A*B", count, "in");
        return b.build();
    }

    private static double throughput(ModuleRegistry registry, CanvasDocument canvas, long events, int rounds) {
        double[] values = new double[1 << 16];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble();
        }
        double[] rates = new double[rounds];
        for (int r = -2; r < rounds; r++) {
            RunContext ctx = new RunContext(RunMode.HISTORICAL, UiSink.NONE, RunListener.NONE);
            CanvasRuntime rt = CanvasRuntime.build(canvas, registry, ctx);
            ReplayLoop loop = new ReplayLoop(rt).source(rt.streamSources().get(0),
                new SyntheticCursor(values, 1_700_000_000_000L, events));
            long t0 = System.nanoTime();
            loop.run(Long.MIN_VALUE, Long.MAX_VALUE, 0, () -> false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (r >= 0) {
                rates[r] = loop.events() / seconds;
            }
        }
        java.util.Arrays.sort(rates);
        return rates[rates.length / 2];
    }
}
