package dev.rivulet.app.cli;

import dev.rivulet.runtime.secrets.SecretStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rivulet secrets list|set|delete}: the secret parameter values (passwords, API keys) kept encrypted in the
 * data directory, apart from canvases. Values are never printed and never taken from the command line itself.
 */
@Command(
        name = "secrets",
        mixinStandardHelpOptions = true,
        description = "List, set or delete the secret parameter values stored encrypted in the data directory.",
        subcommands = {SecretsListCommand.class, SecretsSetCommand.class, SecretsDeleteCommand.class})
public final class SecretsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RivuletCommand root;

    /** The store of the data directory given with --data-dir (or the default one). */
    SecretStore store() {
        return SecretStore.in(root.dataDirectory());
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
