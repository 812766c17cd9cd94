package dev.rivulet.app.cli;

import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet streams delete ID [--force]}: deletes a stream and its history; refuses if canvases use it. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a stream and its history.")
public final class StreamsDeleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    StreamsCommand parent;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--force", description = "Delete even if canvases use the stream.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            StreamId sid = StreamId.parse(id);
            if (!parent.streams().registry().delete(sid, force)) {
                err.println("rivulet streams delete: unknown stream " + sid);
                return 1;
            }
            spec.commandLine().getOut().println("deleted " + sid);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("rivulet streams delete: " + e.getMessage());
            return 2;
        } catch (StreamException e) {
            err.println("rivulet streams delete: " + e.getMessage() + (force ? "" : " (use --force to delete anyway)"));
            return 1;
        } finally {
            err.flush();
            spec.commandLine().getOut().flush();
        }
    }
}
