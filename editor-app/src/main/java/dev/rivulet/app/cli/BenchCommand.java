package dev.rivulet.app.cli;

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

    @Parameters(index = "0", paramLabel = "NAME", description = "Benchmark to run: engine, canvas-io, ...")
    String name;

    public String name() {
        return name;
    }

    @Override
    public Integer call() {
        return NotImplemented.report(spec);
    }
}
