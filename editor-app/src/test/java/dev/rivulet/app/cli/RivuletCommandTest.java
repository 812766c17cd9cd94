package dev.rivulet.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.runtime.store.DataDirectory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class RivuletCommandTest {

    @TempDir
    Path tmp;

    private final List<DataDirectory> desktopStarts = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine cli() {
        CommandLine cli = RivuletCommand.commandLine(dir -> {
            desktopStarts.add(dir);
            return 0;
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    @ParameterizedTest
    @ValueSource(strings = {"run c.json", "validate c.json", "convert a.json b.json --format native", "modules", "bench engine"})
    void everySubcommandAcceptsDataDirBeforeOrAfterIt(String command) {
        List<String> words = List.of(command.split(" "));
        Path dir = tmp.resolve("d");

        List<String> after = new ArrayList<>(words);
        after.addAll(List.of("--data-dir", dir.toString()));
        List<String> before = new ArrayList<>(List.of("--data-dir", dir.toString()));
        before.addAll(words);

        for (List<String> args : List.of(after, before)) {
            CommandLine cli = cli();
            cli.parseArgs(args.toArray(String[]::new));
            RivuletCommand root = cli.getCommand();
            assertThat(root.dataDirOverride()).as("%s", args).contains(dir);
        }
    }

    @Test
    void noSubcommandStartsTheDesktopOnTheCreatedDataDirectory() {
        Path dir = tmp.resolve("fresh/data");

        int exit = cli().execute("--data-dir", dir.toString());

        assertThat(exit).isZero();
        assertThat(desktopStarts).singleElement().extracting(DataDirectory::root).isEqualTo(dir.toAbsolutePath());
        assertThat(dir).isDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"run missing.json", "validate missing.json", "convert missing.json b.json --format streamr"})
    void fileCommandsReportAMissingFileOnStderrWithoutStartingTheDesktop(String command) {
        String[] args = (command + " --data-dir " + tmp).split(" ");

        int exit = cli().execute(args);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("missing.json").doesNotContain("Exception");
        assertThat(desktopStarts).isEmpty();
    }

    @Test
    void runCollectsRepeatedReplaysAndTheReplayWindow() {
        CommandLine cli = cli();
        ParseResult parsed = cli.parseArgs("run", "c.json", "--replay", "prices=p.csv", "--replay", "trades=t.csv",
                "--from", "2024-01-01T00:00:00Z", "--to", "1704153600000", "--speed", "full", "--out", "o.jsonl");
        RunCommand run = parsed.subcommand().commandSpec().commandLine().getCommand();

        assertThat(run.canvas()).isEqualTo(Path.of("c.json"));
        assertThat(run.replays()).containsExactlyInAnyOrderEntriesOf(
                Map.of("prices", Path.of("p.csv"), "trades", Path.of("t.csv")));
        assertThat(run.from()).contains("2024-01-01T00:00:00Z");
        assertThat(run.to()).contains("1704153600000");
        assertThat(run.speed()).contains("full");
        assertThat(run.out()).contains(Path.of("o.jsonl"));
    }

    @Test
    void convertTakesFormatInLowerCaseAndRequiresIt() {
        ParseResult parsed = cli().parseArgs("convert", "in.json", "out.json", "--format", "streamr");
        ConvertCommand convert = parsed.subcommand().commandSpec().commandLine().getCommand();
        assertThat(convert.format()).isEqualTo(ConvertCommand.Format.STREAMR);

        int exit = cli().execute("convert", "in.json", "out.json");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--format=native|streamr'");
    }

    @Test
    void modulesTakesJsonFlag() {
        ParseResult parsed = cli().parseArgs("modules", "--json");
        ModulesCommand modules = parsed.subcommand().commandSpec().commandLine().getCommand();
        assertThat(modules.json()).isTrue();
    }

    @Test
    void versionAndHelpPrintToStdoutAndExitZero() {
        assertThat(cli().execute("--version")).isZero();
        assertThat(out.toString()).startsWith("rivulet ").doesNotContain("unknown");

        out.getBuffer().setLength(0);
        assertThat(cli().execute("--help")).isZero();
        assertThat(out.toString()).contains("Usage: rivulet", "--data-dir=DIR", "run", "validate", "convert",
                "modules", "bench");
        assertThat(desktopStarts).isEmpty();
    }
}
