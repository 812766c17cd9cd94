package dev.rivulet.wallet.devnet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The hardhat process behind {@link HardhatDevnet}; closed by JUnit when the test run ends. */
final class RunningHardhat implements ExtensionContext.Store.CloseableResource {

    private final Process process;
    private final DevnetNode node;
    private final Path log;

    private RunningHardhat(Process process, DevnetNode node, Path log) {
        this.process = process;
        this.node = node;
        this.log = log;
    }

    DevnetNode node() {
        return node;
    }

    static RunningHardhat start(Path devnetDir, Duration timeout) {
        try {
            Path log = Files.createTempFile("hardhat-", ".log");
            if (!Files.isDirectory(devnetDir.resolve("node_modules").resolve("hardhat"))) {
                npmCi(devnetDir, log);
            }
            int port = HardhatDevnet.freePort();
            ProcessBuilder builder = new ProcessBuilder("npx", "--no", "hardhat", "node",
                    "--hostname", "127.0.0.1", "--port", String.valueOf(port))
                    .directory(devnetDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("HARDHAT_DISABLE_TELEMETRY_PROMPT", "true");
            builder.environment().put("CI", "true");
            RunningHardhat running = new RunningHardhat(builder.start(), new DevnetNode("http://127.0.0.1:" + port), log);
            running.awaitReady(timeout);
            return running;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start hardhat: " + e.getMessage(), e);
        }
    }

    private static void npmCi(Path devnetDir, Path log) throws IOException {
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(devnetDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci in " + devnetDir + " failed:\n" + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during npm ci", e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("hardhat exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                if (node.rpc("eth_chainId", "[]").contains("\"0x7a69\"")) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("hardhat did not answer eth_chainId within " + timeout + ":\n" + tail(log));
    }

    @Override
    public void close() {
        // npx starts hardhat as a child process: stop the children, then npx itself
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
