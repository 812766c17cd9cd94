package dev.rivulet.app.cli;

import dev.rivulet.runtime.store.DataDirectory;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root {@code rivulet} command. With no subcommand it opens the desktop editor; the
 * subcommands are headless and never touch JavaFX. {@code --data-dir} is inherited, so it is
 * accepted before or after any subcommand and always lands here.
 *
 * <pre>{@code
 * int exit = RivuletCommand.commandLine(starter).execute("modules", "--json");
 * }</pre>
 */
@Command(
        name = "rivulet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Rivulet, a studio for real-time data. With no command, opens the desktop editor.",
        subcommands = {
            RunCommand.class,
            ValidateCommand.class,
            ConvertCommand.class,
            ModulesCommand.class,
            TrustCommand.class,
            SecretsCommand.class,
            StreamsCommand.class,
            BenchCommand.class,
            DevnetCommand.class
        })
public final class RivuletCommand implements Callable<Integer> {

    private final DesktopStarter desktopStarter;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Data directory (default: the per-user data directory, e.g. "
                    + "$XDG_DATA_HOME/rivulet or ~/.local/share/rivulet on Linux).")
    private Path dataDir;

    private DataDirectory dataDirectory;

    public RivuletCommand(DesktopStarter desktopStarter) {
        this.desktopStarter = Objects.requireNonNull(desktopStarter, "desktopStarter");
    }

    /** The configured command line, as the launcher and the tests use it. */
    public static CommandLine commandLine(DesktopStarter desktopStarter) {
        return new CommandLine(new RivuletCommand(desktopStarter))
                // lets users type the lower-case spellings shown in help, e.g. --format streamr
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** The {@code --data-dir} value, if one was given on any command. */
    public Optional<Path> dataDirOverride() {
        return Optional.ofNullable(dataDir);
    }

    /**
     * The data directory, resolved and created on first use: commands that do not need it never
     * touch the file system.
     */
    public synchronized DataDirectory dataDirectory() {
        if (dataDirectory == null) {
            dataDirectory = DataDirectory.open(dataDirOverride());
        }
        return dataDirectory;
    }

    /** Runs only when no subcommand was given. */
    @Override
    public Integer call() {
        return desktopStarter.start(dataDirectory());
    }
}
