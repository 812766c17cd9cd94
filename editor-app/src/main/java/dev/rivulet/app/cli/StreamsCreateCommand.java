package dev.rivulet.app.cli;

import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet streams create ID --field price:number ...}: adds a stream to the registry. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a stream.")
public final class StreamsCreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    StreamsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "Stream id: a local path (prices), 0x<address>/path or name.eth/path.")
    String id;

    @Option(names = "--name", paramLabel = "NAME", description = "Display name (default: the id).")
    String name;

    @Option(names = "--description", paramLabel = "TEXT")
    String description = "";

    @Option(names = "--field", paramLabel = "NAME:TYPE", description = "A field (repeatable); TYPE is number, string, boolean, map or list.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions, 1 to 100 (default 1).")
    int partitions = 1;

    @Option(names = "--no-storage", description = "Keep no history (realtime only).")
    boolean noStorage;

    @Option(names = "--retention-days", paramLabel = "N", description = "Delete history older than N days (default: keep).")
    int retentionDays;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        StreamDefinition def;
        try {
            List<FieldDefinition> parsed = new ArrayList<>();
            for (String f : fields) {
                parsed.add(FieldDefinition.parse(f));
            }
            def = StreamDefinition.of(StreamId.parse(id), name).withDescription(description).withFields(parsed)
                .withPartitions(partitions).withStorage(!noStorage).withRetentionDays(retentionDays);
        } catch (IllegalArgumentException e) {
            err.println("rivulet streams create: " + e.getMessage());
            err.flush();
            return 2;
        }
        try {
            parent.streams().registry().create(def);
        } catch (StreamException e) {
            err.println("rivulet streams create: " + e.getMessage());
            err.flush();
            return 1;
        }
        spec.commandLine().getOut().println("created " + def.id());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
