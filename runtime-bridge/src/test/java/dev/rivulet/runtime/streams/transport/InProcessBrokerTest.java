package dev.rivulet.runtime.streams.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.history.HistoryWriter;
import dev.rivulet.runtime.streams.history.LocalStreams;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InProcessBrokerTest {
    static final StreamId PRICES = StreamId.parse("prices");

    @TempDir
    Path tmp;

    private final MessageChain chain = new MessageChain("local", MessageChain.randomId());

    private static void await(Subscription s, long delivered) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (s.delivered() < delivered && System.nanoTime() < end) {
            Thread.sleep(5);
        }
    }

    @Test
    void subscribersReceiveTheirPartitionsInPublishOrder() throws Exception {
        try (InProcessBroker broker = new InProcessBroker(null, 1000)) {
            List<StreamMessage> all = new CopyOnWriteArrayList<>();
            List<StreamMessage> odd = new CopyOnWriteArrayList<>();
            Subscription a = broker.subscribe(PRICES, Set.of(), all::add);
            Subscription b = broker.subscribe(PRICES, Set.of(1), odd::add);
            broker.subscribe(StreamId.parse("other"), Set.of(), m -> Assertions.fail("wrong stream"));

            for (int i = 0; i < 100; i++) {
                broker.publish(chain.next(PRICES, i % 2, 1000 + i, Map.of("i", i))).get();
            }
            await(a, 100);
            await(b, 50);

            assertThat(all).extracting(m -> m.content().get("i")).containsExactlyElementsOf(range(0, 100, 1));
            assertThat(odd).extracting(m -> m.content().get("i")).containsExactlyElementsOf(range(1, 100, 2));
            assertThat(a.dropped()).isZero();
            assertThat(a.queued()).isZero();
        }
    }

    @Test
    void aStuckSubscriberDropsAndCountsWhileOthersAndPublishersGoOn() throws Exception {
        try (InProcessBroker broker = new InProcessBroker(null, 10)) {
            CountDownLatch release = new CountDownLatch(1);
            Subscription stuck = broker.subscribe(PRICES, Set.of(), m -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            List<StreamMessage> fast = new CopyOnWriteArrayList<>();
            Subscription ok = broker.subscribe(PRICES, Set.of(), fast::add);

            for (int i = 0; i < 1000; i++) {
                broker.publish(chain.next(PRICES, 0, i, Map.of("i", i)));
                if (ok.queued() > 5) {
                    await(ok, ok.delivered() + 1);
                }
            }
            await(ok, 1000);

            assertThat(fast).hasSize(1000);
            assertThat(ok.dropped()).isZero();
            // one message is held by the listener, ten wait in the queue, the rest were dropped
            assertThat(stuck.queued()).isEqualTo(10);
            assertThat(stuck.dropped()).isEqualTo(1000 - 11);
            release.countDown();
            await(stuck, 11);
            assertThat(stuck.delivered()).isEqualTo(11);
        }
    }

    @Test
    void publishingToAStreamWithStorageOnAppendsItToHistory() throws Exception {
        LocalStreams streams = LocalStreams.open(DataDirectory.open(Optional.of(tmp)), Clock.systemUTC());
        streams.registry().create(StreamDefinition.of(PRICES, "Prices"));
        StreamId live = StreamId.parse("live");
        streams.registry().create(StreamDefinition.of(live, "Live").withStorage(false));
        try (HistoryWriter writer = new HistoryWriter(streams.history(), 1000, 100, Clock.systemUTC());
             InProcessBroker broker = new InProcessBroker(writer::record, 100)) {
            broker.publish(chain.next(PRICES, 0, 1000, Map.of("price", 1.5)));
            broker.publish(chain.next(PRICES, 0, 1000, Map.of("price", 2.5)));
            broker.publish(chain.next(live, 0, 1000, Map.of("price", 3.5)));
            writer.flush();
        }

        List<StreamMessage> stored = streams.history().range(PRICES, 0, Long.MAX_VALUE, 10);
        assertThat(stored).extracting(StreamMessage::sequence).containsExactly(0L, 1L);
        assertThat(stored.get(1).content()).isEqualTo(Map.of("price", 2.5));
        assertThat(stored.get(0).chainId()).isEqualTo(chain.chainId());
        assertThat(streams.history().count(live)).isZero();
    }

    @Test
    void connectionListenersHearTheStateAndAClosedBrokerRefusesToPublish() throws Exception {
        InProcessBroker broker = new InProcessBroker(null, 10);
        List<ConnectionState> states = new ArrayList<>();
        broker.addConnectionListener((state, detail) -> states.add(state));
        broker.close();

        assertThat(states).containsExactly(ConnectionState.CONNECTED, ConnectionState.CLOSED);
        Assertions.assertThatThrownBy(() -> broker.publish(chain.next(PRICES, 0, 1, Map.of())).get())
            .isInstanceOf(ExecutionException.class).hasMessageContaining("closed");
    }

    @Test
    void aChainNumbersMessagesWithTheSameTimestampAndNeverGoesBack() {
        MessageChain c = new MessageChain("p", "c");
        assertThat(List.of(c.next(PRICES, 0, 10, Map.of()), c.next(PRICES, 0, 10, Map.of()),
                c.next(PRICES, 0, 11, Map.of()), c.next(PRICES, 0, 5, Map.of()), c.next(PRICES, 1, 5, Map.of())))
            .extracting(m -> m.timestamp() + "/" + m.sequence())
            .containsExactly("10/0", "10/1", "11/0", "11/1", "5/0");
    }

    private static List<Integer> range(int from, int to, int step) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i += step) {
            out.add(i);
        }
        return out;
    }
}
