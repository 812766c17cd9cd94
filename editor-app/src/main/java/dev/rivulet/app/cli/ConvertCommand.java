package dev.rivulet.app.cli;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormat;
import dev.rivulet.document.CanvasFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet convert IN.json OUT.json --format native|streamr}: converts a canvas between schemas. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Convert a canvas between Rivulet's native schema and Streamr's canvas JSON.")
public final class ConvertCommand implements Callable<Integer> {

    /** Target schema of a conversion. */
    public enum Format {
        NATIVE,
        STREAMR
    }

    @Spec
    CommandSpec spec;

    @ParentCommand
    RivuletCommand root;

    @Parameters(index = "0", paramLabel = "IN.json", description = "The canvas to read (either schema).")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT.json", description = "Where to write the converted canvas.")
    Path out;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "native|streamr",
            description = "Schema to write.")
    Format format;

    public Path in() {
        return in;
    }

    public Path out() {
        return out;
    }

    public Format format() {
        return format;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        CanvasFiles files = new CanvasFiles(ModuleRegistry.load());
        try {
            CanvasFiles.Loaded loaded = files.read(in);
            for (String p : loaded.problems()) {
                err.println("warning: " + in + ": " + p);
            }
            CanvasFormat target = format == Format.NATIVE ? CanvasFormat.NATIVE : CanvasFormat.STREAMR;
            for (String p : files.save(loaded.document(), out, target)) {
                err.println("warning: " + out + ": " + p);
            }
            CanvasDocument doc = loaded.document();
            stdout.printf("converted %s (%s) to %s (%s): %d modules, %d connections%n", in,
                loaded.format().name().toLowerCase(Locale.ROOT), out, target.name().toLowerCase(Locale.ROOT),
                doc.modules.size(), doc.connections.size());
            return 0;
        } catch (CanvasFormatException e) {
            err.println("rivulet convert: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("rivulet convert: cannot write " + out + ": " + e.getMessage());
            return 1;
        } finally {
            err.flush();
            stdout.flush();
        }
    }
}
