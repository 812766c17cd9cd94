package dev.rivulet.app.cli;

import dev.rivulet.runtime.demo.DemoStreams;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.history.LocalStreams;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet streams demo [--hours N] [--seed S]}: creates the demo streams and fills their recent history. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the demo streams (demo/ev-fleet, demo/charging-prices, demo/weather) if missing and"
            + " fill their history up to now (idempotent: a second run adds only the gap).")
public final class StreamsDemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    StreamsCommand parent;

    @Option(names = "--hours", paramLabel = "N", defaultValue = "6",
            description = "How much recent history to write (default ${DEFAULT-VALUE}).")
    int hours;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the simulated sources (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (hours < 0) {
            spec.commandLine().getErr().println("rivulet streams demo: --hours must not be negative");
            return 2;
        }
        LocalStreams s = parent.streams();
        long written = prepare(s, Duration.ofHours(hours), seed);
        for (StreamDefinition d : s.registry().list()) {
            if (d.id().toString().startsWith("demo/")) {
                out.printf("%s  \"%s\"  messages %d%n", d.id(), d.name(), s.history().count(d.id()));
            }
        }
        out.printf("%d message(s) written%n", written);
        out.flush();
        return 0;
    }

    /** Registers and fills the demo streams of {@code s}; also used by {@code run --demo-data}. */
    static long prepare(LocalStreams s, Duration window, long seed) {
        // history only: no live feed runs here, so the broker is never published to
        try (InProcessBroker broker = new InProcessBroker(null, 1)) {
            return new DemoStreams(s.registry(), s.history(), broker, Clock.systemUTC(), seed).prepare(window);
        }
    }
}
