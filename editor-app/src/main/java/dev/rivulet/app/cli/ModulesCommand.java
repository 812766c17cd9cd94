package dev.rivulet.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet modules [--json]}: lists the module types found on the classpath. */
@Command(
        name = "modules",
        mixinStandardHelpOptions = true,
        description = "List the available module types with their ports and parameters.")
public final class ModulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RivuletCommand root;

    @Option(names = "--json", description = "Print machine-readable JSON instead of a table.")
    boolean json;

    public boolean json() {
        return json;
    }

    @Override
    public Integer call() {
        return NotImplemented.report(spec);
    }
}
