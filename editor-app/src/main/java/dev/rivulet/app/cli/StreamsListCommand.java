package dev.rivulet.app.cli;

import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.history.LocalStreams;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet streams list [--search TEXT]}: one line per stream. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the streams (id, fields, partitions, storage, messages).")
public final class StreamsListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    StreamsCommand parent;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only streams whose id, name or description contains TEXT.")
    String search;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalStreams s = parent.streams();
        List<StreamDefinition> all = s.registry().search(search == null ? "" : search);
        for (StreamDefinition d : all) {
            String fields = d.fields().stream().map(f -> f.name() + ":" + f.type().label())
                .collect(Collectors.joining(", "));
            out.printf("%s  \"%s\"  fields [%s]  partitions %d  storage %s%s  schema v%d  messages %d%n", d.id(),
                d.name(), fields, d.partitions(), d.storage() ? "on" : "off",
                d.retentionDays() > 0 ? " (" + d.retentionDays() + " days)" : "", d.schemaVersion(),
                s.history().count(d.id()));
        }
        out.printf("%d stream(s)%n", all.size());
        out.flush();
        return 0;
    }
}
