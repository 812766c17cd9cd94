package dev.rivulet.app.bench;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
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
 * A mosquitto broker for benches: started from the installed binary on a free loopback port with a throwaway
 * configuration (anonymous, no persistence), stopped on close. {@link #start} is empty when mosquitto is not
 * installed, so a bench can say it skipped the MQTT figures.
 *
 * <p>Usage: {@code try (BenchMosquitto m = BenchMosquitto.start(dir).orElseThrow()) { connect(m.url()); }}
 */
final class BenchMosquitto implements AutoCloseable {
    private static final List<String> SBIN = List.of("/usr/sbin", "/usr/local/sbin", "/opt/homebrew/sbin", "/usr/bin");

    private final int port;
    private final Process process;

    private BenchMosquitto(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** The binary from PATH or the sbin folders (Debian installs it in /usr/sbin). */
    static Optional<Path> binary() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(SBIN);
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, "mosquitto")).filter(Files::isExecutable)
            .findFirst();
    }

    /** Starts a broker in {@code dir}, or returns empty when mosquitto is not installed. */
    static Optional<BenchMosquitto> start(Path dir) throws IOException, InterruptedException {
        Optional<Path> bin = binary();
        if (bin.isEmpty()) {
            return Optional.empty();
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path conf = dir.resolve("mosquitto.conf");
        Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n"
            + "max_queued_messages 1000000\nuser " + System.getProperty("user.name") + "\n");
        Path log = dir.resolve("mosquitto.log");
        Process p = new ProcessBuilder(bin.get().toString(), "-c", conf.toString()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new IOException("mosquitto exited: " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return Optional.of(new BenchMosquitto(port, p));
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        p.destroyForcibly();
        throw new IOException("mosquitto did not start listening on port " + port);
    }

    String url() {
        return "mqtt://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
