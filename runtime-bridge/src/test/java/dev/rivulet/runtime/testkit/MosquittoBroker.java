package dev.rivulet.runtime.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real mosquitto broker for the MQTT tests: started by the test on 127.0.0.1 and a free port with a config file in
 * a temporary folder, stopped (and restartable on the same port) by the test. Tests that need it skip, saying why,
 * when the mosquitto binary is not installed (Debian package mosquitto, which .ci/run installs).
 *
 * <pre>{@code
 * try (MosquittoBroker broker = MosquittoBroker.start(tempDir)) { ... broker.url() ... }
 * }</pre>
 */
public final class MosquittoBroker implements AutoCloseable {
    private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin", "/opt/homebrew/sbin");

    private final Path dir;
    private final int port;
    private final String passwordFile;
    private final boolean tls;
    private Process process;

    private MosquittoBroker(Path dir, int port, String passwordFile, boolean tls) {
        this.dir = dir;
        this.port = port;
        this.passwordFile = passwordFile;
        this.tls = tls;
    }

    /** The binary, from PATH or the sbin folders (Debian puts mosquitto in /usr/sbin, often not on a user's PATH). */
    public static Optional<Path> binary(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(SBIN);
        dirs.add("/usr/bin");
        for (String d : dirs) {
            if (d.isEmpty()) {
                continue;
            }
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Skips the calling test when a tool is missing, or fails it when the environment variable
     * {@code RIVULET_REQUIRE_TOOLS=1} is set (as .ci/run does), so that CI cannot go green by skipping.
     */
    static void requireOrSkip(boolean present, String why) {
        if (!present && "1".equals(System.getenv("RIVULET_REQUIRE_TOOLS"))) {
            throw new IllegalStateException("RIVULET_REQUIRE_TOOLS=1 but " + why);
        }
        assumeTrue(present, why);
    }

    /** Skips the calling test unless mosquitto is installed. */
    public static void assumeInstalled() {
        requireOrSkip(binary("mosquitto").isPresent(), "mosquitto is not installed (apt-get install mosquitto;"
            + " .ci/run installs it): skipping the tests against a real MQTT broker");
    }

    /** A broker that allows anonymous clients. */
    public static MosquittoBroker start(Path dir) throws IOException, InterruptedException {
        assumeInstalled();
        MosquittoBroker b = new MosquittoBroker(dir, freePort(), null, false);
        b.launch();
        return b;
    }

    /** A broker that requires the given login. */
    public static MosquittoBroker startWithLogin(Path dir, String user, String password)
        throws IOException, InterruptedException {
        assumeInstalled();
        Optional<Path> tool = binary("mosquitto_passwd");
        requireOrSkip(tool.isPresent(), "mosquitto_passwd is not installed: skipping the login test");
        Path file = dir.resolve("passwords");
        Process p = new ProcessBuilder(tool.get().toString(), "-b", "-c", file.toString(), user, password)
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("mosquitto_passwd failed: " + out);
        }
        MosquittoBroker b = new MosquittoBroker(dir, freePort(), file.toString(), false);
        b.launch();
        return b;
    }

    /**
     * A broker that speaks only TLS, with a self-signed certificate for 127.0.0.1 made by openssl (skips when openssl
     * is missing); {@link #certificatePem()} is the certificate to trust.
     */
    public static MosquittoBroker startWithTls(Path dir) throws IOException, InterruptedException {
        assumeInstalled();
        Optional<Path> openssl = binary("openssl");
        requireOrSkip(openssl.isPresent(), "openssl is not installed: skipping the TLS test");
        Process p = new ProcessBuilder(openssl.get().toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes",
            "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString(), "-days", "1",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("openssl failed: " + out);
        }
        MosquittoBroker b = new MosquittoBroker(dir, freePort(), null, true);
        b.launch();
        return b;
    }

    public String certificatePem() throws IOException {
        return Files.readString(dir.resolve("cert.pem"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void launch() throws IOException, InterruptedException {
        Path conf = dir.resolve("mosquitto.conf");
        StringBuilder c = new StringBuilder();
        c.append("listener ").append(port).append(" 127.0.0.1\n");
        c.append("allow_anonymous ").append(passwordFile == null).append('\n');
        c.append("persistence false\n");
        // run as whoever runs the tests (as root, mosquitto would switch to a user that cannot read the temp folder)
        c.append("user ").append(System.getProperty("user.name")).append('\n');
        if (passwordFile != null) {
            c.append("password_file ").append(passwordFile).append('\n');
        }
        if (tls) {
            c.append("certfile ").append(dir.resolve("cert.pem")).append('\n');
            c.append("keyfile ").append(dir.resolve("key.pem")).append('\n');
        }
        Files.writeString(conf, c.toString());
        process = new ProcessBuilder(binary("mosquitto").orElseThrow().toString(), "-c", conf.toString())
            .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited: " + Files.readString(dir.resolve("mosquitto.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("mosquitto did not start listening on port " + port);
    }

    public int port() {
        return port;
    }

    public String url() {
        return (tls ? "mqtts" : "mqtt") + "://127.0.0.1:" + port;
    }

    /** Stops the broker (clients see the connection drop). */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            process = null;
        }
    }

    /** Starts the broker again on the same port. */
    public void restart() throws IOException, InterruptedException {
        stop();
        launch();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
