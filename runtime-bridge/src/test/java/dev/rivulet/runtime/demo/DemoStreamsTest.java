package dev.rivulet.runtime.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.StreamUsages;
import dev.rivulet.runtime.streams.history.HistoryStore;
import dev.rivulet.runtime.streams.history.HistoryWriter;
import dev.rivulet.runtime.streams.transport.InProcessBroker;
import dev.rivulet.runtime.streams.transport.Subscription;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo sources as real streams in a real streams.db, published through the real in-process broker. */
class DemoStreamsTest {
    private static final StreamId FLEET = StreamId.parse("demo/ev-fleet");
    private static final StreamId PRICES = StreamId.parse("demo/charging-prices");
    private static final StreamId WEATHER = StreamId.parse("demo/weather");

    @TempDir
    Path tmp;

    private StreamRegistry registry;
    private HistoryStore history;

    @BeforeEach
    void open() {
        Databases dbs = Databases.open(DataDirectory.open(Optional.of(tmp)));
        registry = new StreamRegistry(dbs.streams(), StreamUsages.NONE, Clock.systemUTC());
        history = new HistoryStore(registry);
    }

    @Test
    void registeringTwiceKeepsOneOfEachStreamWithItsSchemaAndPartitions() {
        try (InProcessBroker broker = new InProcessBroker(null, 1_000)) {
            DemoStreams demo = new DemoStreams(registry, history, broker, Clock.systemUTC(), 7);
            List<StreamDefinition> first = demo.register();
            List<StreamDefinition> second = demo.register();

            assertThat(second).isEqualTo(first);
            assertThat(registry.list()).extracting(StreamDefinition::id).containsExactly(PRICES, FLEET, WEATHER);
            StreamDefinition fleet = registry.get(FLEET);
            assertThat(fleet.partitions()).isEqualTo(4);
            assertThat(fleet.storage()).isTrue();
            assertThat(fleet.fields()).extracting(f -> f.name()).contains("car", "speed", "battery");
            assertThat(fleet.schemaVersion()).isEqualTo(1);
        }
    }

    @Test
    void prepareFillsRecentHistoryInOrderAndASecondCallAddsOnlyTheGap() {
        try (InProcessBroker broker = new InProcessBroker(null, 1_000)) {
            DemoStreams demo = new DemoStreams(registry, history, broker, Clock.systemUTC(), 7);
            long before = System.currentTimeMillis();
            long written = demo.prepare(Duration.ofMinutes(30));

            long fleetCount = history.count(FLEET);
            assertThat(fleetCount).isBetween(17_000L, 18_100L); // ten cars a second for 30 minutes
            assertThat(history.count(PRICES)).isBetween(230L, 250L);
            assertThat(history.count(WEATHER)).isBetween(10L, 20L);
            assertThat(written).isEqualTo(fleetCount + history.count(PRICES) + history.count(WEATHER));

            List<StreamMessage> all = history.range(FLEET, 0, Long.MAX_VALUE, Integer.MAX_VALUE);
            assertThat(all).extracting(StreamMessage::timestamp).isSorted();
            assertThat(all.get(0).timestamp()).isGreaterThanOrEqualTo(before - Duration.ofMinutes(30).toMillis());
            assertThat(all.get(0).content()).containsKeys("car", "speed", "battery");

            long again = demo.prepare(Duration.ofMinutes(30));
            assertThat(again).isLessThan(1_000);
            assertThat(history.count(FLEET)).isBetween(fleetCount, fleetCount + 1_000);
            assertThat(history.range(FLEET, 0, Long.MAX_VALUE, Integer.MAX_VALUE))
                .extracting(StreamMessage::timestamp).isSorted();
        }
    }

    @Test
    void whileStartedLiveMessagesReachASubscriberAndAreStored() throws Exception {
        try (HistoryWriter writer = new HistoryWriter(history, 10_000, 1_000, Clock.systemUTC());
             InProcessBroker broker = new InProcessBroker(writer::record, 1_000)) {
            DemoStreams demo = new DemoStreams(registry, history, broker, Clock.systemUTC(), 7);
            demo.register();
            LinkedBlockingQueue<StreamMessage> got = new LinkedBlockingQueue<>();
            try (Subscription sub = broker.subscribe(FLEET, Set.of(), got::add)) {
                demo.start();
                StreamMessage first = got.poll(10, TimeUnit.SECONDS);
                demo.stop();

                assertThat(first).isNotNull();
                assertThat(first.streamId()).isEqualTo(FLEET);
                assertThat(first.publisherId()).isEqualTo(DemoStreams.PUBLISHER);
                assertThat(first.content()).containsKeys("car", "speed", "battery");
            }
            writer.flush();
            assertThat(history.count(FLEET)).isPositive();
        }
    }

    @Test
    void stopEndsTheLiveThreadAndStartsAgainCleanly() throws Exception {
        try (InProcessBroker broker = new InProcessBroker(null, 1_000)) {
            DemoStreams demo = new DemoStreams(registry, history, broker, Clock.systemUTC(), 7);
            demo.start();
            assertThat(demo.running()).isTrue();
            assertThat(demoThreads()).isPositive();

            demo.stop();
            assertThat(demo.running()).isFalse();
            assertThat(demoThreads()).isZero();

            demo.start();
            demo.close();
            assertThat(demoThreads()).isZero();
        }
    }

    @Test
    void theSameSeedAndClockWriteTheSameHistory(@TempDir Path other) {
        Clock fixed = Clock.fixed(java.time.Instant.parse("2026-05-01T12:00:00Z"), java.time.ZoneOffset.UTC);
        StreamRegistry otherRegistry = new StreamRegistry(
            Databases.open(DataDirectory.open(Optional.of(other))).streams(), StreamUsages.NONE, fixed);
        HistoryStore otherHistory = new HistoryStore(otherRegistry);
        try (InProcessBroker broker = new InProcessBroker(null, 10)) {
            new DemoStreams(registry, history, broker, fixed, 9).prepare(Duration.ofMinutes(20));
            new DemoStreams(otherRegistry, otherHistory, broker, fixed, 9).prepare(Duration.ofMinutes(20));
        }
        for (StreamId id : List.of(FLEET, PRICES, WEATHER)) {
            assertThat(otherHistory.range(id, 0, Long.MAX_VALUE, Integer.MAX_VALUE))
                .isEqualTo(history.range(id, 0, Long.MAX_VALUE, Integer.MAX_VALUE)).isNotEmpty();
        }
    }

    private static long demoThreads() {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals("rivulet-demo-streams") && t.isAlive()).count();
    }
}
