package dev.rivulet.app.cli;

import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.runtime.secrets.CanvasSecrets;
import dev.rivulet.runtime.secrets.SecretEntry;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.secrets.SecretStoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rivulet secrets list [CANVAS.json]}: every stored secret (id, where it is used, when it was set), or a
 * canvas's secret parameters with whether each is stored, missing or in plain text. Never prints a value.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the stored secrets (never their values), or the secret parameters of one canvas.")
public final class SecretsListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SecretsCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CANVAS.json",
            description = "Show this canvas's secret parameters and whether each value is stored.")
    Path canvas;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SecretStore store = parent.store();
        try {
            if (canvas == null) {
                List<SecretEntry> entries = store.list();
                for (SecretEntry e : entries) {
                    out.printf("%s  %s  set %s%n", e.id(), e.where(), e.updated());
                }
                out.printf("%d secrets in %s%n", entries.size(), store.folder());
                return 0;
            }
            ModuleRegistry registry = ModuleRegistry.load();
            CanvasDocument doc = new CanvasFiles(registry).load(canvas);
            List<CanvasSecrets.SecretParam> params = CanvasSecrets.secretParams(doc, registry);
            int missing = 0;
            for (CanvasSecrets.SecretParam p : params) {
                String state;
                if (p.plain()) {
                    state = "plain text in the canvas file (rivulet convert moves it into the store)";
                } else if (store.find(p.secretRef()).isPresent()) {
                    state = "stored";
                } else {
                    state = "missing (rivulet secrets set " + p.secretRef() + ")";
                    missing++;
                }
                out.printf("%s  %s  %s%n", p.where(), p.secretRef() == null ? "-" : p.secretRef(), state);
            }
            out.printf("%s: %d secret parameters, %d missing%n", canvas, params.size(), missing);
            return missing == 0 ? 0 : 1;
        } catch (CanvasFormatException | SecretStoreException | UncheckedIOException e) {
            err.println("rivulet secrets list: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
