package dev.rivulet.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet validate CANVAS.json}: checks a canvas without running it. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a canvas (schema, module types, connections) without running it.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RivuletCommand root;

    @Parameters(index = "0", paramLabel = "CANVAS.json", description = "The canvas to check.")
    Path canvas;

    public Path canvas() {
        return canvas;
    }

    @Override
    public Integer call() {
        return NotImplemented.report(spec);
    }
}
