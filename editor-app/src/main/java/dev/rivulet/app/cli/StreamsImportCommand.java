package dev.rivulet.app.cli;

import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.history.HistoryImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet streams import ID FILE}: adds a CSV or JSON-lines file to a stream's history. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import history from CSV (timestamp column + fields) or JSON lines into a stream.")
public final class StreamsImportCommand implements Callable<Integer> {
    /** File formats of import and export. */
    public enum Format { CSV, JSONL;

        static Format of(Format given, Path file) {
            if (given != null) {
                return given;
            }
            String name = file == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson") ? JSONL : CSV;
        }
    }

    @Spec
    CommandSpec spec;

    @ParentCommand
    StreamsCommand parent;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--format", paramLabel = "csv|jsonl", description = "File format (default: from the file name).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            StreamId sid = StreamId.parse(id);
            HistoryImport importer = new HistoryImport(parent.streams().history());
            HistoryImport.Result r = Format.of(format, file) == Format.JSONL ? importer.jsonLines(sid, file)
                : importer.csv(sid, file);
            spec.commandLine().getOut().printf("imported %d of %d message(s) into %s%s%n", r.added(), r.read(), sid,
                r.added() < r.read() ? " (the rest were already stored)" : "");
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("rivulet streams import: " + e.getMessage());
            return 2;
        } catch (StreamException e) {
            err.println("rivulet streams import: " + e.getMessage());
            return 1;
        } finally {
            err.flush();
            spec.commandLine().getOut().flush();
        }
    }
}
