package dev.rivulet.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rivulet.core.DataType;
import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.history.BatchWriter;
import dev.rivulet.runtime.streams.history.HistoryCursor;
import dev.rivulet.runtime.streams.history.LocalStreams;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.streams.transport.Subscription;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code bench streams}: the streams layer with ~100-byte, three-field messages (symbol, price, volume) in a fresh
 * temporary data directory: in-process publish-to-subscriber throughput and latency, batched history writes, and
 * replay of the history in order, decoded to field values; then signed publish and verify rates and the MQTT round trip
 * ({@link StreamsSecurityBench}). Prints one line per figure.
 */
public final class StreamsBench {
    private static final StreamId ID = StreamId.parse("bench/ticks");
    private static final List<String> FIELDS = List.of("symbol", "price", "volume");
    private static final String[] SYMBOLS = {"NASDAQ:ACME-INDUSTRIES-CORPORATION-CLASS-A",
        "NYSE:GLOBEX-INTERNATIONAL-HOLDINGS-PREF-B", "LSE:INITECH-SOFTWARE-GROUP-ORDINARY-SHR",
        "XETRA:UMBRELLA-PHARMACEUTICALS-AG-NAMENS"};
    private static final java.lang.management.ThreadMXBean THREADS =
        java.lang.management.ManagementFactory.getThreadMXBean();

    private StreamsBench() {
    }

    public static void run(long messages, int rounds, PrintWriter out) throws Exception {
        Path dir = Files.createTempDirectory("rivulet-bench-streams");
        try {
            out.printf("message: %d bytes of JSON content, e.g. %s%n", json(content(0)).length(), json(content(0)));
            broker(Math.min(messages, 2_000_000), out);
            LocalStreams streams = LocalStreams.open(DataDirectory.open(Optional.of(dir)), Clock.systemUTC());
            streams.registry().create(StreamDefinition.of(ID, "Bench ticks").withFields(List.of(
                new FieldDefinition("symbol", FieldType.STRING), new FieldDefinition("price", FieldType.NUMBER),
                new FieldDefinition("volume", FieldType.NUMBER))));
            write(streams, messages, out);
            replay(streams, messages, rounds, out);
            StreamsSecurityBench.run(dir, StreamsBench::content, out);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Map<String, Object> content(long i) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("symbol", SYMBOLS[(int) (i & 3)]);
        c.put("price", 1000 + (i % 10_000) * 0.01 + 0.0001234);
        c.put("volume", 100_000 + i % 900_000);
        return c;
    }

    private static StreamMessage message(long i) {
        return new StreamMessage(ID, 0, 1_700_000_000_000L + i, i, "0x5e98fa1c3a6c2b6d8a7f0e4d3c2b1a0f9e8d7c6b",
            "benchChainAbcdef01234", content(i), null);
    }

    private static void broker(long n, PrintWriter out) throws InterruptedException {
        List<StreamMessage> msgs = new ArrayList<>((int) n);
        for (long i = 0; i < n; i++) {
            msgs.add(message(i));
        }
        int capacity = 65_536;
        try (InProcessBroker broker = new InProcessBroker(null, capacity)) {
            long[] received = new long[1];
            Subscription sub = broker.subscribe(ID, Set.of(), m -> received[0] += m.sequence() >= 0 ? 1 : 0);
            long t0 = System.nanoTime();
            for (StreamMessage m : msgs) {
                // the bench paces itself to the subscriber so that it measures delivery, not dropping
                while (sub.queued() > capacity / 2) {
                    Thread.onSpinWait();
                }
                broker.publish(m);
            }
            while (sub.delivered() < n) {
                Thread.onSpinWait();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            out.printf("in-process throughput: %,.0f msg/s publish-to-subscriber (%,d messages, dropped %d)%n",
                n / s, n, sub.dropped());
            out.flush();
            sub.close();
        }
        latency(msgs, out);
    }

    /** At a steady 100,000 msg/s (well below saturation), the time from publish to the listener. */
    private static void latency(List<StreamMessage> msgs, PrintWriter out) {
        int n = Math.min(msgs.size(), 300_000);
        long[] sent = new long[n];
        long[] took = new long[n];
        try (InProcessBroker broker = new InProcessBroker(null, 65_536)) {
            Subscription sub = broker.subscribe(ID, Set.of(), m -> {
                int i = (int) m.sequence();
                took[i] = System.nanoTime() - sent[i];
            });
            long start = System.nanoTime();
            long interval = 10_000; // ns: 100,000 msg/s
            for (int i = 0; i < n; i++) {
                long due = start + i * interval;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                sent[i] = System.nanoTime();
                broker.publish(msgs.get(i));
            }
            while (sub.delivered() < n) {
                Thread.onSpinWait();
            }
        }
        long[] warm = Arrays.copyOfRange(took, n / 10, n);
        Arrays.sort(warm);
        out.printf("in-process latency at 100,000 msg/s: p50 %.1f us, p99 %.1f us, max %.1f us%n",
            warm[warm.length / 2] / 1e3, warm[(int) (warm.length * 0.99)] / 1e3, warm[warm.length - 1] / 1e3);
        out.flush();
    }

    private static void write(LocalStreams streams, long n, PrintWriter out) throws IOException {
        int batch = 10_000;
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        try (BatchWriter w = streams.history().batchWriter()) {
            List<StreamMessage> b = new ArrayList<>(batch);
            for (long i = 0; i < n; i++) {
                b.add(message(i));
                if (b.size() == batch) {
                    w.append(b);
                    b.clear();
                }
            }
            w.append(b);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long bytes = Files.size(streams.registry().database().file());
        out.printf("write: %,.0f msg/s (%,d messages in batches of %,d in %.2f s, one thread; %,.0f msg per CPU-second;"
            + " streams.db %.1f MB, %.0f bytes/msg)%n", n / s, n, batch, s, n / cpu, bytes / 1e6, (double) bytes / n);
        out.flush();
    }

    private static void replay(LocalStreams streams, long n, int rounds, PrintWriter out) {
        double[] rates = new double[Math.max(1, rounds)];
        double[] cpuRates = new double[rates.length];
        for (int r = 0; r < rates.length; r++) {
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long count = 0;
            double sum = 0;
            long chars = 0;
            try (HistoryCursor c = streams.history().cursor(List.of(ID), FIELDS,
                List.of(DataType.STRING, DataType.DOUBLE, DataType.DOUBLE), List.of(), Long.MIN_VALUE, Long.MAX_VALUE)) {
                long last = Long.MIN_VALUE;
                while (c.next()) {
                    if (c.timestamp() < last) {
                        throw new IllegalStateException("replay out of order at " + c.timestamp());
                    }
                    last = c.timestamp();
                    chars += ((String) c.get(0)).length();
                    sum += c.getDouble(1) + c.getDouble(2);
                    count++;
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            rates[r] = count / s;
            cpuRates[r] = count / ((THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9);
            if (count != n || sum == 0 || chars == 0) {
                throw new IllegalStateException("replayed " + count + " of " + n + " messages");
            }
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        Arrays.sort(cpuRates);
        out.printf("replay: %,.0f msg/s (median of %d rounds over %,d messages in order, decoded to field values;"
            + " best %,.0f; %,.0f msg per CPU-second)%n", sorted[sorted.length / 2], rates.length, n,
            sorted[sorted.length - 1], cpuRates[cpuRates.length / 2]);
        out.flush();
    }

    private static String json(Map<String, Object> content) {
        try {
            return new ObjectMapper().writeValueAsString(content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
