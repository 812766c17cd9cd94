package dev.rivulet.runtime.demo;

import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.Partitioner;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.history.HistoryStore;
import dev.rivulet.runtime.streams.history.HistoryWriter;
import dev.rivulet.runtime.streams.transport.MessageChain;
import dev.rivulet.runtime.streams.transport.StreamTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in demo sources ({@link DemoSources}) as real streams: registered in the stream registry with their
 * schemas and partitioned by their key field, with recent history written through the batched {@link HistoryWriter}
 * (so sample canvases replay offline on first run), and, while started, live messages published through a
 * {@link StreamTransport} paced by the wall clock. Same seed and clock, same messages.
 *
 * <p>Usage: {@code DemoStreams demo = new DemoStreams(registry, history, broker, Clock.systemUTC(), 42);
 * demo.prepare(Duration.ofHours(6)); demo.start(); ... demo.stop();}
 */
public final class DemoStreams implements AutoCloseable {
    /** The publisher id that demo messages carry. */
    public static final String PUBLISHER = "demo";
    /** How often the live feed looks for due events; the sources themselves tick every second or slower. */
    private static final long TICK_MS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(DemoStreams.class);

    private final StreamRegistry registry;
    private final HistoryStore history;
    private final StreamTransport transport;
    private final Clock clock;
    private final long seed;
    private ScheduledExecutorService live;
    private volatile Thread liveThread;

    public DemoStreams(StreamRegistry registry, HistoryStore history, StreamTransport transport, Clock clock,
                       long seed) {
        this.registry = registry;
        this.history = history;
        this.transport = transport;
        this.clock = clock;
        this.seed = seed;
    }

    /** The stream definition a demo source is registered with. */
    public static StreamDefinition definition(DemoSource source) {
        List<FieldDefinition> fields = source.schema().stream()
            .map(f -> new FieldDefinition(f.name(), FieldType.parse(f.type()))).toList();
        return StreamDefinition.of(StreamId.parse(source.streamPath()), source.name())
            .withDescription(source.description() + " (partitioned by " + source.partitionKeyField() + ")")
            .withFields(fields).withPartitions(partitionsOf(source)).withStorage(true).withRetentionDays(30);
    }

    // a few partitions where the key has many values (cars, stations), so subscribers can pick some
    private static int partitionsOf(DemoSource source) {
        return switch (source.streamPath()) {
            case "demo/ev-fleet" -> 4;
            case "demo/charging-prices" -> 2;
            default -> 1;
        };
    }

    /** Registers the demo streams that are missing (idempotent); returns all three as the registry has them. */
    public List<StreamDefinition> register() {
        List<StreamDefinition> out = new ArrayList<>();
        for (DemoSource s : DemoSources.all(seed, clock.millis())) {
            StreamDefinition def = definition(s);
            out.add(registry.find(def.id()).orElseGet(() -> registry.create(def)));
        }
        return out;
    }

    /**
     * Registers the streams and writes their history for the last {@code window}, continuing after the newest stored
     * message when there is one (a second call soon after adds only the gap).
     *
     * @return messages written
     */
    public long prepare(Duration window) {
        List<StreamDefinition> defs = register();
        long now = clock.millis();
        long written;
        try (HistoryWriter writer = new HistoryWriter(history, 10_000, 5_000, clock)) {
            MessageChain chain = new MessageChain(PUBLISHER, "history-" + seed);
            for (StreamDefinition def : defs) {
                List<StreamMessage> last = history.last(def.id(), 1);
                long from = last.isEmpty() ? now - window.toMillis()
                    : Math.max(now - window.toMillis(), last.get(0).timestamp() + 1);
                DemoSource source = sourceFor(def.id(), seed, from);
                for (DemoEvent e = source.next(); e.timestamp() <= now; e = source.next()) {
                    writer.record(message(chain, def, e));
                }
            }
            writer.flush();
            written = writer.written();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing demo history", e);
        }
        LOG.info("demo streams: {} history messages written", written);
        return written;
    }

    /** Starts publishing live messages through the transport as their time comes; no-op when running. */
    public synchronized void start() {
        if (live != null) {
            return;
        }
        List<StreamDefinition> defs = register();
        long now = clock.millis();
        List<LiveFeed> feeds = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            StreamDefinition def = defs.get(i);
            feeds.add(new LiveFeed(def, sourceFor(def.id(), seed + 1_000 + i, now)));
        }
        MessageChain chain = new MessageChain(PUBLISHER, "live-" + seed);
        live = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rivulet-demo-streams");
            t.setDaemon(true);
            liveThread = t;
            return t;
        });
        live.scheduleWithFixedDelay(() -> feeds.forEach(f -> f.publishDue(chain, clock.millis())), 0, TICK_MS,
            TimeUnit.MILLISECONDS);
    }

    /** True between {@link #start()} and {@link #stop()}. */
    public synchronized boolean running() {
        return live != null;
    }

    /** Stops the live feed and waits for its thread to end. */
    public synchronized void stop() {
        if (live == null) {
            return;
        }
        live.shutdownNow();
        try {
            if (!live.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("demo streams: the live feed did not stop within 5 s");
            }
            // the executor reports termination just before its worker thread ends: wait for the thread itself
            Thread t = liveThread;
            if (t != null) {
                t.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        live = null;
        liveThread = null;
    }

    @Override
    public void close() {
        stop();
    }

    private DemoSource sourceFor(StreamId id, long sourceSeed, long start) {
        return DemoSources.all(sourceSeed, start).stream().filter(s -> s.streamPath().equals(id.toString()))
            .findFirst().orElseThrow(() -> new IllegalArgumentException("no demo source for " + id));
    }

    private static StreamMessage message(MessageChain chain, StreamDefinition def, DemoEvent e) {
        int partition = Partitioner.partition(def.partitions(), e.key());
        return chain.next(def.id(), partition, e.timestamp(), e.content());
    }

    /** One source's live feed: holds the next event until the wall clock reaches it. */
    private final class LiveFeed {
        private final StreamDefinition def;
        private final DemoSource source;
        private DemoEvent pending;

        LiveFeed(StreamDefinition def, DemoSource source) {
            this.def = def;
            this.source = source;
        }

        void publishDue(MessageChain chain, long now) {
            try {
                if (pending == null) {
                    pending = source.next();
                }
                while (pending.timestamp() <= now && !Thread.currentThread().isInterrupted()) {
                    transport.publish(message(chain, def, pending)).exceptionally(t -> {
                        LOG.warn("demo stream {}: publish failed: {}", def.id(), t.getMessage());
                        return null;
                    });
                    pending = source.next();
                }
            } catch (RuntimeException e) {
                // keep the feed alive: one bad tick must not end the scheduled task silently
                LOG.warn("demo stream {}: {}", def.id(), e.toString());
            }
        }
    }
}
