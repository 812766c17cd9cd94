package dev.rivulet.wallet.solidity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rivulet.wallet.abi.ContractAbi;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@link SolidityCompiler} running the solc-js that {@code resources/devnet/package.json} pins, through
 * {@code resources/devnet/solc-standard-json.js} and Node.js (standard-JSON API, evmVersion cancun like the devnet,
 * optimizer on). Results are cached by source text for the life of the instance, since modules are configured often
 * and a compile takes about a second.
 *
 * <p>{@code SolidityCompiler solc = SolcJs.locate().orElse(...);}
 */
public final class SolcJs implements SolidityCompiler {

    static final String SCRIPT = "solc-standard-json.js";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;

    private final Path devnetDir;
    private final String node;
    private final Map<String, CompiledContract> cache = new ConcurrentHashMap<>();

    /**
     * @param devnetDir {@code resources/devnet}, holding the script and (after npm ci) node_modules/solc
     * @param node      the Node.js executable ("node" to find it on the PATH)
     */
    public SolcJs(Path devnetDir, String node) {
        this.devnetDir = devnetDir;
        this.node = node;
    }

    /**
     * {@code resources/devnet} from the system property {@code rivulet.devnet.dir}, else the first folder above the
     * working directory that has one; empty when none is found (the modules then say solc is not available).
     */
    public static Optional<Path> findDevnetDir() {
        String override = System.getProperty("rivulet.devnet.dir");
        if (override != null) {
            return Optional.of(Path.of(override));
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("resources").resolve("devnet");
            if (Files.isRegularFile(candidate.resolve(SCRIPT))) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    @Override
    public boolean isAvailable() {
        return Files.isRegularFile(devnetDir.resolve(SCRIPT))
                && Files.isDirectory(devnetDir.resolve("node_modules").resolve("solc"))
                && nodeRuns();
    }

    private boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder(node, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public CompiledContract compile(String source) {
        CompiledContract cached = cache.get(source);
        if (cached != null) {
            return cached;
        }
        if (!isAvailable()) {
            throw new SolidityException(NOT_AVAILABLE);
        }
        CompiledContract compiled = pickMain(run(input(source)));
        cache.put(source, compiled);
        return compiled;
    }

    private static String input(String source) {
        ObjectNode input = JSON.createObjectNode();
        input.put("language", "Solidity");
        input.putObject("sources").putObject("Contract.sol").put("content", source);
        ObjectNode settings = input.putObject("settings");
        settings.put("evmVersion", "cancun");
        settings.putObject("optimizer").put("enabled", true).put("runs", 200);
        settings.putObject("outputSelection").putObject("*").putArray("*").add("abi").add("evm.bytecode.object");
        return input.toString();
    }

    private JsonNode run(String input) {
        Path stderr = null;
        try {
            stderr = Files.createTempFile("solc-", ".log");
            Process p = new ProcessBuilder(node, devnetDir.resolve(SCRIPT).toString()).directory(devnetDir.toFile())
                    .redirectError(stderr.toFile()).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new SolidityException("solc did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new SolidityException("solc failed: " + Files.readString(stderr).strip());
            }
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new SolidityException(NOT_AVAILABLE + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SolidityException("interrupted while compiling", e);
        } finally {
            if (stderr != null) {
                try {
                    Files.deleteIfExists(stderr);
                } catch (IOException ignored) {
                    // a temporary log; nothing to do
                }
            }
        }
    }

    private static CompiledContract pickMain(JsonNode output) {
        List<String> errors = new ArrayList<>();
        for (JsonNode e : output.path("errors")) {
            if ("error".equals(e.path("severity").asText())) {
                errors.add(e.path("formattedMessage").asText(e.path("message").asText()).strip());
            }
        }
        if (!errors.isEmpty()) {
            throw new SolidityException("compilation failed: " + String.join("\n", errors));
        }
        CompiledContract main = null;
        for (var file : iterable(output.path("contracts").fields())) {
            for (var contract : iterable(file.getValue().fields())) {
                String bytecode = contract.getValue().path("evm").path("bytecode").path("object").asText("");
                if (!bytecode.isEmpty() && (main == null || bytecode.length() > main.bytecode().length())) {
                    main = new CompiledContract(contract.getKey(),
                            ContractAbi.parse(contract.getValue().path("abi").toString()), bytecode);
                }
            }
        }
        if (main == null) {
            throw new SolidityException("the source declares no deployable contract");
        }
        return main;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
