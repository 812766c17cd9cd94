package dev.rivulet.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.ModuleDefinition;
import dev.rivulet.core.ModuleDescriptions;
import dev.rivulet.core.ModuleRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    public Integer call() throws Exception {
        ModuleRegistry registry = ModuleRegistry.load();
        PrintWriter out = spec.commandLine().getOut();
        List<ModuleDefinition> all = new ArrayList<>(registry.all());
        all.sort(Comparator.comparing(ModuleDefinition::category).thenComparing(ModuleDefinition::name));
        if (json) {
            List<Object> list = new ArrayList<>();
            for (ModuleDefinition d : all) {
                list.add(ModuleDescriptions.describe(d));
            }
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(list));
        } else {
            out.printf("%-28s %-28s %s%n", "ID", "NAME", "CATEGORY");
            for (ModuleDefinition d : all) {
                out.printf("%-28s %-28s %s%n", d.id(), d.name(), d.category());
            }
            out.printf("%d module types%n", all.size());
        }
        out.flush();
        return 0;
    }
}
