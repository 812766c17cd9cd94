package dev.rivulet.app.cli;

import dev.rivulet.runtime.secrets.SecretStoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet secrets delete ID}: removes a stored secret; canvases referring to it then report it missing. */
@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        description = "Delete a stored secret; modules whose parameter refers to it will not run until it is set again.")
public final class SecretsDeleteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SecretsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The secret's id (see rivulet secrets list).")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!parent.store().delete(id)) {
                err.println("rivulet secrets delete: no secret with id " + id);
                return 1;
            }
            out.println("deleted secret " + id);
            return 0;
        } catch (SecretStoreException | UncheckedIOException e) {
            err.println("rivulet secrets delete: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
