package dev.rivulet.app.cli;

import dev.rivulet.app.headless.HeadlessRun;
import dev.rivulet.app.headless.HeadlessWallet;
import dev.rivulet.wallet.WalletException;
import java.io.IOException;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.CanvasFiles;
import dev.rivulet.document.CanvasFormatException;
import dev.rivulet.runtime.secrets.SecretStore;
import dev.rivulet.runtime.secrets.SecretStoreException;
import dev.rivulet.runtime.engine.StoredHistory;
import dev.rivulet.runtime.modules.streams.StreamModules;
import dev.rivulet.runtime.modules.streams.StreamServices;
import dev.rivulet.runtime.streams.transport.MessageChain;
import dev.rivulet.runtime.streams.LiveStreams;
import dev.rivulet.runtime.streams.history.LocalStreams;
import dev.rivulet.runtime.streams.signing.SigningPublisher;
import dev.rivulet.runtime.streams.signing.StreamSigners;
import dev.rivulet.runtime.streams.history.RegistryHistory;
import java.io.PrintWriter;
import java.time.Clock;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rivulet run CANVAS.json}: runs a canvas headless on the embedded engine. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Run a canvas headless on the embedded engine, realtime or replaying recorded data.")
public final class RunCommand implements Callable<Integer> {
    /** The demo sources' seed: the same as the app's, so headless and desktop runs see the same demo data. */
    private static final long DEMO_SEED = 42;

    @Spec
    CommandSpec spec;

    @ParentCommand
    RivuletCommand root;

    @Parameters(index = "0", paramLabel = "CANVAS.json", description = "The canvas to run.")
    Path canvas;

    @Option(
            names = "--replay",
            paramLabel = "STREAM_ID=FILE.csv",
            description = "Replay a CSV file as the given stream (repeatable). Streams without one are replayed from"
                + " their stored history when the stream exists locally (rivulet streams).")
    Map<String, Path> replays = new LinkedHashMap<>();

    @Option(names = "--from", paramLabel = "T", description = "Start of the replayed period (ISO-8601 instant or epoch ms).")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "End of the replayed period (ISO-8601 instant or epoch ms).")
    String to;

    @Option(
            names = "--speed",
            paramLabel = "N|full",
            description = "Replay speed: N times realtime, or 'full' for as fast as possible.")
    String speed;

    @Option(
            names = "--realtime",
            description = "Run live: wall-clock ticks, MQTT and other network inputs, until --duration passes or"
                    + " Ctrl+C (which stops the canvas cleanly).")
    boolean realtime;

    @Option(
            names = "--duration",
            paramLabel = "TIME",
            description = "With --realtime: stop after this long (10s, 500ms, 2m, 1h).")
    String duration;

    @Option(
            names = "--trust",
            description = "Trust the canvas's custom code (JavaModules), record that in the data directory, and run"
                    + " it. Custom code runs with all the rights of this program.")
    boolean trust;

    @Option(names = "--demo-data",
            description = "Before running, create the demo streams (demo/ev-fleet, demo/charging-prices, demo/weather)"
                + " if missing and fill their last 6 hours of history, so a canvas using them replays offline; with"
                + " --realtime they also publish live while the run lasts.")
    boolean demoData;

    @Option(names = "--out", paramLabel = "FILE.jsonl", description = "Write sink output as JSON lines to this file.")
    Path out;

    @Option(
            names = "--allow-spend",
            paramLabel = "MAX_ETH[,EXPIRY]",
            description = "Let the canvas's Ethereum modules sign transactions costing at most MAX_ETH in total (value"
                    + " plus maximum fees), until EXPIRY (ISO-8601) if given. Without it, signing is denied.")
    String allowSpend;

    @Option(names = "--rpc-url", paramLabel = "URL", description = "Ethereum JSON-RPC endpoint for Ethereum modules"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = HeadlessWallet.DEFAULT_RPC_URL)
    String rpcUrl;

    @Option(names = "--chain-id", paramLabel = "N", description = "Chain id the endpoint must report, or nothing is"
            + " signed (default: ${DEFAULT-VALUE}, the local devnet).", defaultValue = "31337")
    long chainId;

    @Option(names = "--wallet-password-file", paramLabel = "FILE", description = "Unlock the wallet with the"
            + " password on the first line of FILE, so that Ethereum modules can sign.")
    Path walletPasswordFile;

    public Path canvas() {
        return canvas;
    }

    public Map<String, Path> replays() {
        return Map.copyOf(replays);
    }

    public Optional<String> from() {
        return Optional.ofNullable(from);
    }

    public Optional<String> to() {
        return Optional.ofNullable(to);
    }

    public Optional<String> speed() {
        return Optional.ofNullable(speed);
    }

    public Optional<Path> out() {
        return Optional.ofNullable(out);
    }

    @Override
    public Integer call() {
        ModuleRegistry registry = ModuleRegistry.load();
        PrintWriter err = spec.commandLine().getErr();
        CanvasDocument doc;
        SecretStore secrets = SecretStore.in(root.dataDirectory());
        try {
            CanvasFiles.Loaded loaded = new CanvasFiles(registry).read(canvas);
            doc = loaded.document();
            SecretNotices.warnPlain(err, canvas, loaded.format(), doc, registry);
            SecretNotices.hintMissing(err, doc, secrets);
        } catch (CanvasFormatException | SecretStoreException e) {
            err.println("rivulet run: " + e.getMessage());
            err.flush();
            return 1;
        }
        HeadlessRun.Options options = new HeadlessRun.Options(canvas, replays, from, to, speed, out, realtime,
            duration);
        if (allowSpend != null) {
            try {
                HeadlessWallet.allowance(allowSpend);
            } catch (IllegalArgumentException e) {
                err.println("rivulet run: --allow-spend: " + e.getMessage());
                err.flush();
                return 2;
            }
        }
        // the local streams are opened only if the run needs them: a stream without a --replay file is read from
        // its stored history, and the Streams modules (SearchStream...) use the registry
        LocalStreams[] local = new LocalStreams[1];
        Supplier<LocalStreams> streams = () -> {
            synchronized (local) {
                if (local[0] == null) {
                    local[0] = LocalStreams.open(root.dataDirectory(), Clock.systemUTC());
                }
                return local[0];
            }
        };
        if (demoData) {
            StreamsDemoCommand.prepare(streams.get(), java.time.Duration.ofHours(6), DEMO_SEED);
        }
        StoredHistory stored = StoredHistory.lazy(() -> new RegistryHistory(streams.get().history()));
        // realtime runs take live messages from the local broker and each stream's transport (and, with
        // --demo-data, from the demo sources publishing live); replays never publish, so they need no transport
        try (LiveStreams live = realtime ? headlessLive(streams.get(), secrets) : null) {
            ModuleRegistry bound = live != null ? live.bind(registry)
                : StreamModules.bind(registry, new StreamServices(() -> streams.get().registry(), null,
                    new MessageChain("local", MessageChain.randomId())));
            return run(doc, options, bound, secrets, stored, live, err);
        }
    }

    /** Headless runs publish unsigned (no wallet dialog can grant signing here); --demo-data publishes live too. */
    private LiveStreams headlessLive(LocalStreams local, SecretStore secrets) {
        LiveStreams live = new LiveStreams(local, secrets, new SigningPublisher(StreamSigners.NONE, "headless"),
            DEMO_SEED, Clock.systemUTC());
        if (demoData) {
            live.demo().start();
        }
        return live;
    }

    private int run(CanvasDocument doc, HeadlessRun.Options options, ModuleRegistry bound, SecretStore secrets,
                    StoredHistory stored, LiveStreams live, PrintWriter err) {
        if (!HeadlessWallet.needed(doc, bound)) {
            return new HeadlessRun(bound, err, secrets, stored).withCodeTrust(root::dataDirectory, trust)
                .withLiveSource(live == null ? null : live.source()).run(doc, options, spec.commandLine().getOut());
        }
        Path walletDir = root.dataDirectory().root().resolve("wallet");
        try (HeadlessWallet wallet = HeadlessWallet.open(walletDir,
                new HeadlessWallet.Options(rpcUrl, chainId, walletPasswordFile, allowSpend))) {
            return new HeadlessRun(bound.withServices(wallet.services()), err, secrets, stored)
                    .withCodeTrust(root::dataDirectory, trust).withLiveSource(live == null ? null : live.source())
                    .run(doc, options, spec.commandLine().getOut());
        } catch (IOException e) {
            err.println("rivulet run: --wallet-password-file: cannot read " + walletPasswordFile + ": " + e.getMessage());
            err.flush();
            return 1;
        } catch (WalletException e) {
            err.println("rivulet run: wallet: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
