package dev.rivulet.wallet.devnet;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs the tests of a class against a hardhat node on a free 127.0.0.1 port,
 * started from {@code resources/devnet} (after {@code npm ci} if its node_modules is missing). One node
 * serves the whole test run and is stopped when the run ends. Tests receive it as a {@link DevnetNode}
 * parameter.
 *
 * <p>Tests are skipped, with that reason, only when {@code node} or {@code npm} is not on the PATH;
 * any other problem (npm ci failing, hardhat not answering) fails them. {@code .ci/run} installs
 * Node.js so that CI runs them.
 *
 * <p>{@code @ExtendWith(HardhatDevnet.class) class MyTest { @Test void t(DevnetNode node) { ... } }}
 */
public final class HardhatDevnet implements ExecutionCondition, ParameterResolver {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HardhatDevnet.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(ConditionEvaluationResult.class, k -> checkTools(), ConditionEvaluationResult.class);
    }

    private static ConditionEvaluationResult checkTools() {
        for (String tool : List.of("node", "npm")) {
            if (!runs(tool, "--version")) {
                if ("1".equals(System.getenv("RIVULET_REQUIRE_TOOLS"))) {
                    // CI sets this so that a missing tool fails the build instead of skipping the devnet tests
                    throw new IllegalStateException("RIVULET_REQUIRE_TOOLS=1 but " + tool + " is not on the PATH");
                }
                return ConditionEvaluationResult.disabled(tool + " is not on the PATH: the hardhat devnet tests need Node.js and npm"
                        + " (.ci/run installs the Debian packages nodejs and npm)");
            }
        }
        return ConditionEvaluationResult.enabled("node and npm found");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DevnetNode.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningHardhat.class, k -> RunningHardhat.start(devnetDir(), START_TIMEOUT), RunningHardhat.class)
                .node();
    }

    /** resources/devnet, found from the module directory Maven runs tests in (or -Drivulet.devnet.dir). */
    static Path devnetDir() {
        String override = System.getProperty("rivulet.devnet.dir");
        if (override != null) {
            return Path.of(override);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("resources").resolve("devnet");
            if (Files.isRegularFile(candidate.resolve("package.json"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("resources/devnet not found above " + Path.of("").toAbsolutePath());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on 127.0.0.1", e);
        }
    }

    static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
