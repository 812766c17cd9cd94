package dev.rivulet.app.cli;

import dev.rivulet.runtime.streams.history.LocalStreams;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rivulet streams list|create|delete|import|export}: the local stream registry and history in
 * {@code streams.db} of the data directory.
 */
@Command(
        name = "streams",
        mixinStandardHelpOptions = true,
        description = "Manage the local streams: list, create, delete, import and export their history; create the demo streams.",
        subcommands = {
            StreamsListCommand.class,
            StreamsCreateCommand.class,
            StreamsDeleteCommand.class,
            StreamsImportCommand.class,
            StreamsExportCommand.class,
            StreamsDemoCommand.class
        })
public final class StreamsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RivuletCommand root;

    private LocalStreams streams;

    /** The registry and history of the data directory, opened on first use. */
    synchronized LocalStreams streams() {
        if (streams == null) {
            streams = LocalStreams.open(root.dataDirectory(), Clock.systemUTC());
        }
        return streams;
    }

    /** Without a subcommand: usage, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
