package dev.rivulet.app.cli;

import dev.rivulet.app.bench.CanvasBench;
import dev.rivulet.app.bench.CanvasIoBench;
import dev.rivulet.app.bench.CustomCodeBench;
import dev.rivulet.app.bench.EngineBench;
import dev.rivulet.app.bench.LiveBench;
import dev.rivulet.app.bench.StreamsBench;
import dev.rivulet.app.bench.WorkspaceBench;
import dev.rivulet.core.ModuleRegistry;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet bench NAME}: runs a named benchmark and prints its figures. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures (benchmarks are programs, not tests).")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RivuletCommand root;

    @Parameters(index = "0", paramLabel = "NAME",
        description = "Benchmark to run: engine, canvas-io, canvas, live, streams, workspace, custom-code.")
    String name;

    public String name() {
        return name;
    }

    @Option(names = "--events", paramLabel = "N", description = "Events per measured round (engine).")
    long events = 20_000_000L;

    @Option(names = "--messages", paramLabel = "N", description = "Messages written and replayed (streams).")
    long messages = 1_000_000L;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds.")
    int rounds = 5;

    @Option(names = "--modules", paramLabel = "N",
        description = "Modules in the generated canvas (canvas-io, canvas, workspace).")
    int modules = 2000;

    @Option(names = "--workspace",
        description = "canvas: open the canvas in the editor window (browser, inspector, console, minimap).")
    boolean workspace;

    @Option(names = "--rate", paramLabel = "N", description = "Events per second fed to the live canvas (live).")
    int rate = 100_000;

    @Option(names = "--seconds", paramLabel = "N", description = "How long the live canvas runs (live).")
    int seconds = 10;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        switch (name) {
            case "engine" -> EngineBench.run(ModuleRegistry.load(), events, rounds, out);
            case "canvas-io" -> CanvasIoBench.run(ModuleRegistry.load(), modules, out);
            // always in a fresh temporary data directory, deleted afterwards
            case "streams" -> StreamsBench.run(messages, Math.min(rounds, 3), out);
            case "workspace" -> WorkspaceBench.run(ModuleRegistry.load(), modules, out);
            case "custom-code" -> CustomCodeBench.run(ModuleRegistry.load(), Math.min(events, 5_000_000L), rounds, out);
            // canvas and live start JavaFX (headless on Monocle when there is no display)
            case "canvas" -> CanvasBench.run(ModuleRegistry.load(), modules, workspace, out);
            // a realtime run feeding a Chart and a Table on a visible canvas
            case "live" -> LiveBench.run(ModuleRegistry.load(), rate, java.time.Duration.ofSeconds(seconds), out);
            default -> {
                spec.commandLine().getErr().println("rivulet bench: unknown benchmark \"" + name
                    + "\" (available: engine, canvas-io, canvas, live, streams, workspace, custom-code)");
                return 2;
            }
        }
        return 0;
    }
}
