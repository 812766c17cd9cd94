package dev.rivulet.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rivulet devnet} against the real hardhat of resources/devnet; needs Node.js and npm. */
class DevnetCommandTest {

    private static final String FUNDED = "0x1000000000000000000000000000000000000001";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine cli() {
        CommandLine cli = RivuletCommand.commandLine(dir -> {
            throw new AssertionError("desktop must not start");
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    @Test
    void startsHardhatDeploysDataFundsTheAccountAndStopsWhenInterrupted() throws Exception {
        assumeTrue(runs("node", "--version") && runs("npm", "--version"), "Node.js and npm are needed");
        int port = freePort();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread command = new Thread(() -> exit.set(cli().execute("devnet", "--port", String.valueOf(port), "--fund", FUNDED,
                "--eth", "12.5", "--data", "1000", "--data-dir", tmp.resolve("data").toString())));
        command.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!out.toString().contains("Press Ctrl+C") && command.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        try {
            assertThat(out.toString()).as(err.toString()).contains("Press Ctrl+C")
                    .contains("Local devnet running at http://127.0.0.1:" + port)
                    .contains("Funded " + FUNDED.substring(0, 2)).contains("with 12.5 ETH and 1000 DATA");
            Matcher token = Pattern.compile("DATA token: (0x[0-9a-fA-F]{40})").matcher(out.toString());
            assertThat(token.find()).isTrue();
            String url = "http://127.0.0.1:" + port;
            assertThat(result(url, "eth_getBalance", "[\"" + FUNDED + "\", \"latest\"]"))
                    .isEqualTo("0x" + new java.math.BigInteger("12500000000000000000").toString(16));
            String balanceOf = "0x70a08231" + "0".repeat(24) + FUNDED.substring(2);
            assertThat(new java.math.BigInteger(result(url, "eth_call",
                    "[{\"to\":\"" + token.group(1) + "\",\"data\":\"" + balanceOf + "\"}, \"latest\"]").substring(2), 16))
                    .isEqualTo(new java.math.BigInteger("1000000000000000000000"));
            assertThat(Files.readString(tmp.resolve("data").resolve("wallet").resolve("networks.json")))
                    .contains(token.group(1)).contains(url);
        } finally {
            command.interrupt();
            command.join(30_000);
        }
        assertThat(exit.get()).isEqualTo(130);
        assertThat(answers("http://127.0.0.1:" + port)).isFalse();
    }

    @Test
    void explainsAMissingDevnetFolder() {
        int code = cli().execute("devnet", "--devnet-dir", tmp.resolve("nowhere").toString(), "--data-dir", tmp.toString());

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("nowhere");
    }

    private static String result(String url, String method, String params) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"result\":\"(0x[0-9a-fA-F]*)\"").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    private static boolean answers(String url) {
        try {
            result(url, "eth_chainId", "[]");
            return true;
        } catch (Exception | AssertionError e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean runs(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
