package dev.rivulet.wallet.localnet;

import dev.rivulet.wallet.WalletException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hardhat node from {@code resources/devnet} on 127.0.0.1 (chain id 31337): installed with {@code npm ci}
 * on first use, started as a child process, stopped by {@link #close()}. Needs Node.js and npm; without them
 * {@link #checkTools()} explains what is missing and nothing else in Rivulet is affected.
 *
 * <pre>{@code
 * try (LocalDevnet devnet = LocalDevnet.start(devnetDir, 8545, log, Duration.ofSeconds(90))) {
 *     String url = devnet.rpcUrl();
 * }
 * }</pre>
 */
public final class LocalDevnet implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalDevnet.class);
    // HTTP/1.1: hardhat's WebSocket handler takes the default h2c upgrade request and drops it
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final String rpcUrl;
    private final Path logFile;

    private LocalDevnet(Process process, String rpcUrl, Path logFile) {
        this.process = process;
        this.rpcUrl = rpcUrl;
        this.logFile = logFile;
    }

    /** @throws DevnetToolsMissingException when node or npm is not on the PATH */
    public static void checkTools() {
        for (String tool : List.of("node", "npm")) {
            if (!runs(tool, "--version")) {
                throw new DevnetToolsMissingException("`" + tool + "` was not found on the PATH. The local devnet runs hardhat,"
                        + " which needs Node.js 18 or newer with npm (Debian/Ubuntu: sudo apt-get install nodejs npm;"
                        + " otherwise https://nodejs.org). Everything else in Rivulet works without it.");
            }
        }
    }

    /** True when {@code npm ci} has already installed hardhat in {@code devnetDir}. */
    public static boolean isInstalled(Path devnetDir) {
        return Files.isDirectory(devnetDir.resolve("node_modules").resolve("hardhat"));
    }

    /** Runs {@code npm ci} in {@code devnetDir} (the pinned hardhat and solc of package-lock.json). */
    public static void install(Path devnetDir, Path logFile) {
        checkTools();
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(devnetDir.toFile())
                    .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new WalletException("npm ci in " + devnetDir + " failed (is the npm registry reachable?):\n" + tail(logFile));
            }
        } catch (IOException e) {
            throw new WalletException("cannot run npm: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WalletException("interrupted during npm ci", e);
        }
    }

    /** Installs hardhat if needed, starts it on 127.0.0.1:{@code port} and waits until it answers. */
    public static LocalDevnet start(Path devnetDir, int port, Path logFile, Duration timeout) {
        checkTools();
        if (!Files.isRegularFile(devnetDir.resolve("package.json"))) {
            throw new WalletException(devnetDir + " is not the devnet folder (no package.json)");
        }
        if (!isInstalled(devnetDir)) {
            log.info("installing hardhat in {}", devnetDir);
            install(devnetDir, logFile);
        }
        try {
            ProcessBuilder builder = new ProcessBuilder("npx", "--no", "hardhat", "node", "--hostname", "127.0.0.1",
                    "--port", String.valueOf(port)).directory(devnetDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().put("HARDHAT_DISABLE_TELEMETRY_PROMPT", "true");
            builder.environment().put("CI", "true");
            LocalDevnet devnet = new LocalDevnet(builder.start(), "http://127.0.0.1:" + port, logFile);
            devnet.awaitReady(timeout);
            return devnet;
        } catch (IOException e) {
            throw new WalletException("cannot start hardhat: " + e.getMessage(), e);
        }
    }

    public String rpcUrl() {
        return rpcUrl;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Blocks until hardhat exits; returns its exit code. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new WalletException("hardhat exited with " + process.exitValue() + " (is the port taken?):\n" + tail(logFile));
            }
            if (answersChainId()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new WalletException("hardhat did not answer on " + rpcUrl + " within " + timeout + ":\n" + tail(logFile));
    }

    private boolean answersChainId() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(rpcUrl)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}")).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body().contains("\"0x7a69\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops hardhat (npx starts it as a child: the children first, then npx). */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
