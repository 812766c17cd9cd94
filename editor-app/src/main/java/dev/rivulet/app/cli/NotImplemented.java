package dev.rivulet.app.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Placeholder behaviour for subcommands whose options exist but whose work is still to be written. */
final class NotImplemented {

    private NotImplemented() {
    }

    static int report(CommandSpec spec) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": not implemented yet");
        spec.commandLine().getErr().flush();
        return RivuletCommand.EXIT_NOT_IMPLEMENTED;
    }
}
