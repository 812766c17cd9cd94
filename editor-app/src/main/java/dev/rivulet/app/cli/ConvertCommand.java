package dev.rivulet.app.cli;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormat;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.runtime.secrets.CanvasSecrets;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.secrets.SecretStoreException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
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

/**
 * {@code rivulet convert IN.json OUT.json --format native|streamr}: converts a canvas between schemas. Plain values of
 * secret parameters (passwords, API keys) are moved into the data directory's secret store and the output refers to
 * them by id, so it never contains them.
 */
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
        ModuleRegistry registry = ModuleRegistry.load();
        CanvasFiles files = new CanvasFiles(registry);
        try {
            CanvasFiles.Loaded loaded = files.read(in);
            for (String p : loaded.problems()) {
                err.println("warning: " + in + ": " + p);
            }
            CanvasDocument doc = loaded.document();
            if (!CanvasSecrets.plainSecrets(doc, registry).isEmpty()) {
                SecretStore store = SecretStore.in(root.dataDirectory());
                CanvasSecrets.Extracted safe = CanvasSecrets.extract(doc, registry, store);
                doc = safe.document();
                err.println("notice: moved " + safe.moved().size() + " secret values ("
                    + safe.moved().stream().map(CanvasSecrets.SecretParam::where).collect(Collectors.joining(", "))
                    + ") into the secret store in " + store.folder() + "; " + out + " refers to them by id (on"
                    + " another computer, provide them with rivulet secrets set ID)");
            }
            CanvasFormat target = format == Format.NATIVE ? CanvasFormat.NATIVE : CanvasFormat.STREAMR;
            for (String p : files.save(doc, out, target)) {
                err.println("warning: " + out + ": " + p);
            }
            stdout.printf("converted %s (%s) to %s (%s): %d modules, %d connections%n", in,
                loaded.format().name().toLowerCase(Locale.ROOT), out, target.name().toLowerCase(Locale.ROOT),
                doc.modules.size(), doc.connections.size());
            return 0;
        } catch (CanvasFormatException | SecretStoreException | UncheckedIOException e) {
            // nothing is written when the secrets could not be stored
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
