package dev.rivulet.app.cli;

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
        return NotImplemented.report(spec);
    }
}
