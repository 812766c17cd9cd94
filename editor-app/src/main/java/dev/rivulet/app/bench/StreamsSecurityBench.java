package dev.rivulet.app.bench;

import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.mqtt.MqttStreamTransport;
import dev.rivulet.runtime.streams.signing.SigningPublisher;
import dev.rivulet.runtime.streams.signing.StreamSignatures;
import dev.rivulet.runtime.streams.signing.Verdict;
import dev.rivulet.runtime.streams.signing.WalletStreamSigners;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.streams.transport.MessageChain;
import dev.rivulet.runtime.streams.transport.Subscription;
import dev.rivulet.runtime.transport.mqtt.MqttClientOptions;
import dev.rivulet.wallet.Address;
import dev.rivulet.wallet.ChainProfile;
import dev.rivulet.wallet.DefaultWalletService;
import dev.rivulet.wallet.KdfParams;
import dev.rivulet.wallet.TransactionApprover;
import dev.rivulet.wallet.keys.Keyring;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * The signed and networked part of {@code bench streams}: publishing messages signed with a wallet key (under a
 * stream signing grant) on the in-process broker, verifying them, and the round trip through a real mosquitto on
 * loopback (started on a free port when the binary is installed; otherwise the line says it was skipped).
 */
final class StreamsSecurityBench {
    private static final StreamId ID = StreamId.parse("bench/signed");
    /** Hardhat's account #0: a public test key that must never hold anything real. */
    private static final String TEST_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    private StreamsSecurityBench() {
    }

    static void run(Path dir, LongFunction<Map<String, Object>> content, PrintWriter out) throws Exception {
        List<StreamMessage> signed = signedPublish(dir.resolve("wallet"), content, out);
        verify(signed, out);
        mqtt(dir, content, out);
    }

    private static List<StreamMessage> signedPublish(Path walletDir, LongFunction<Map<String, Object>> content,
                                                     PrintWriter out) throws InterruptedException {
        int n = 4_000;
        List<StreamMessage> sent = new ArrayList<>(n);
        try (DefaultWalletService wallet = new DefaultWalletService(new Keyring(walletDir, KdfParams.LIGHT,
                 Clock.systemUTC(), Duration.ZERO), ChainProfile.localDevnet("http://127.0.0.1:9"),
                 TransactionApprover.approveAll(), Duration.ofHours(1));
             InProcessBroker broker = new InProcessBroker(null, 65_536)) {
            Address me = wallet.importPrivateKey(TEST_KEY, "bench password".toCharArray(), "bench").address();
            wallet.streamSigningGrants().grant(ID.toString(), me);
            SigningPublisher publisher = new SigningPublisher(new WalletStreamSigners(() -> Optional.of(wallet)),
                "bench");
            Subscription sub = broker.subscribe(ID, Set.of(), m -> { });
            long t0 = System.nanoTime();
            for (long i = 0; i < n; i++) {
                StreamMessage m = publisher.message(ID, 0, 1_700_000_000_000L + i, content.apply(i));
                broker.publish(m);
                sent.add(m);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            while (sub.delivered() < n) {
                Thread.sleep(1);
            }
            out.printf("signed publish: %,.0f msg/s (%,d messages signed with a wallet key under a stream grant,"
                + " secp256k1 personal_sign over Streamr's legacy payload, grant checked per message)%n",
                n / s, n);
            out.flush();
        }
        return sent;
    }

    private static void verify(List<StreamMessage> signed, PrintWriter out) {
        long t0 = System.nanoTime();
        long ok = 0;
        for (StreamMessage m : signed) {
            if (StreamSignatures.verify(m) instanceof Verdict.Verified) {
                ok++;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (ok != signed.size()) {
            throw new IllegalStateException(ok + " of " + signed.size() + " signatures verified");
        }
        out.printf("verify: %,.0f msg/s (%,d signatures recovered and matched to their publisher, one thread)%n",
            signed.size() / s, signed.size());
        out.flush();
    }

    private static void mqtt(Path dir, LongFunction<Map<String, Object>> content, PrintWriter out) throws Exception {
        Path brokerDir = Files.createDirectories(dir.resolve("mosquitto"));
        Optional<BenchMosquitto> started = BenchMosquitto.start(brokerDir);
        if (started.isEmpty()) {
            out.println("mqtt round trip: skipped (mosquitto is not installed; apt-get install mosquitto)");
            out.flush();
            return;
        }
        int n = 50_000;
        try (BenchMosquitto mosquitto = started.get();
             MqttStreamTransport sub = MqttStreamTransport.rivulet(MqttClientOptions.fromUrl(mosquitto.url()), n);
             MqttStreamTransport pub = MqttStreamTransport.rivulet(MqttClientOptions.fromUrl(mosquitto.url()), n)) {
            if (!sub.awaitConnected(Duration.ofSeconds(10)) || !pub.awaitConnected(Duration.ofSeconds(10))) {
                out.println("mqtt round trip: skipped (could not connect to the local mosquitto)");
                return;
            }
            AtomicLong received = new AtomicLong();
            AtomicLong latencyNanos = new AtomicLong();
            MessageChain chain = new MessageChain("bench", "mqtt");
            try (Subscription s = sub.subscribe(ID, Set.of(), m -> received.incrementAndGet())) {
                // the subscription is granted asynchronously: publish probes until one comes back
                long probeEnd = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (received.get() == 0 && System.nanoTime() < probeEnd) {
                    pub.publish(chain.next(ID, 0, System.currentTimeMillis(), content.apply(0))).join();
                    Thread.sleep(20);
                }
                Thread.sleep(200);
                long base = received.get();
                long t0 = System.nanoTime();
                List<CompletableFuture<Void>> acks = new ArrayList<>();
                for (long i = 0; i < n; i++) {
                    acks.add(pub.publish(chain.next(ID, 0, 1_700_000_000_000L + i, content.apply(i))));
                    if (acks.size() >= 1_000) { // keep the offline/in-flight queue within its bound
                        acks.get(0).join();
                        acks.remove(0);
                    }
                }
                acks.forEach(CompletableFuture::join);
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (received.get() - base < n && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                long got = received.get() - base;
                out.printf("mqtt round trip: %,.0f msg/s (%,d of %,d messages published with QoS 1 to mosquitto on"
                    + " loopback and received by a subscriber in %.2f s%s)%n", got / secs, got, n, secs,
                    got < n ? "; the rest did not arrive in 120 s" : "");
                latency(pub, received, chain, content, out);
            }
        }
        out.flush();
    }

    /** One message at a time: publish, wait for it to come back; the median of 200. */
    private static void latency(MqttStreamTransport pub, AtomicLong received, MessageChain chain,
                                LongFunction<Map<String, Object>> content, PrintWriter out) throws Exception {
        int n = 200;
        long[] took = new long[n];
        for (int i = 0; i < n; i++) {
            long before = received.get();
            long t0 = System.nanoTime();
            pub.publish(chain.next(ID, 0, System.currentTimeMillis(), content.apply(i)));
            long end = t0 + Duration.ofSeconds(5).toNanos();
            while (received.get() == before && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            took[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(took);
        out.printf("mqtt round-trip latency: p50 %.2f ms, p99 %.2f ms (one message in flight, %d messages)%n",
            took[n / 2] / 1e6, took[(int) (n * 0.99)] / 1e6, n);
    }
}
