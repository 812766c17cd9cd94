package dev.rivulet.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The real {@code rivulet} command line for headless command tests: output and errors go to the given writers,
 * starting the desktop fails the test, and every call gets {@code --data-dir}.
 *
 * <p>Usage: {@code int exit = HeadlessCli.run(tmp.resolve("data"), out, err, "validate", file.toString());}
 */
final class HeadlessCli {
    private HeadlessCli() {
    }

    static CommandLine commandLine(StringWriter out, StringWriter err) {
        CommandLine cli = RivuletCommand.commandLine(dir -> {
            throw new AssertionError("desktop must not start");
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    /** Runs {@code args} on {@code cli} with {@code --data-dir dataDir} appended. */
    static int execute(CommandLine cli, Path dataDir, String... args) {
        return cli.execute(Stream.concat(Arrays.stream(args), Stream.of("--data-dir", dataDir.toString()))
            .toArray(String[]::new));
    }

    static int run(Path dataDir, StringWriter out, StringWriter err, String... args) {
        return execute(commandLine(out, err), dataDir, args);
    }
}
