package dev.rivulet.app.cli;

import dev.rivulet.app.cli.StreamsImportCommand.Format;
import dev.rivulet.runtime.replay.TimeParser;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.history.HistoryExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet streams export ID [--out FILE]}: writes a stream's history as CSV or JSON lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a stream's history as CSV (replayable with run --replay) or JSON lines (everything).")
public final class StreamsExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    StreamsCommand parent;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: stdout).")
    Path out;

    @Option(names = "--format", paramLabel = "csv|jsonl", description = "Format (default: from --out's name, else csv).")
    Format format;

    @Option(names = "--from", paramLabel = "T", description = "First time (ISO-8601 or epoch ms).")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "Last time (ISO-8601 or epoch ms).")
    String to;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        StreamId sid;
        long begin;
        long end;
        try {
            sid = StreamId.parse(id);
            begin = from == null ? Long.MIN_VALUE : TimeParser.parse(from);
            end = to == null ? Long.MAX_VALUE : TimeParser.parseEnd(to);
        } catch (IllegalArgumentException e) {
            err.println("rivulet streams export: " + e.getMessage());
            err.flush();
            return 2;
        }
        HistoryExport export = new HistoryExport(parent.streams().history());
        try (Writer w = out == null ? nonClosing(spec.commandLine().getOut())
            : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long n = Format.of(format, out) == Format.JSONL ? export.jsonLines(sid, begin, end, w)
                : export.csv(sid, begin, end, w);
            w.flush();
            if (out != null) {
                spec.commandLine().getOut().printf("exported %d message(s) of %s to %s%n", n, sid, out);
            }
            return 0;
        } catch (IOException e) {
            err.println("rivulet streams export: cannot write " + out + ": " + e.getMessage());
            return 1;
        } catch (StreamException e) {
            err.println("rivulet streams export: " + e.getMessage());
            return 1;
        } finally {
            err.flush();
            spec.commandLine().getOut().flush();
        }
    }

    private static Writer nonClosing(Writer w) {
        return new java.io.FilterWriter(w) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
