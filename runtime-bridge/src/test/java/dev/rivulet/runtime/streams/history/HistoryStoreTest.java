package dev.rivulet.runtime.streams.history;

import static dev.rivulet.runtime.streams.history.HistoryFixture.PRICE;
import static dev.rivulet.runtime.streams.history.HistoryFixture.SYMBOL;
import static dev.rivulet.runtime.streams.history.HistoryFixture.VOLUME;
import static dev.rivulet.runtime.streams.history.HistoryFixture.msg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.core.DataType;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
    static final StreamId PRICES = StreamId.parse("prices");

    @TempDir
    Path tmp;

    private LocalStreams streams(int partitions) {
        LocalStreams s = HistoryFixture.open(tmp);
        s.registry().create(StreamDefinition.of(PRICES, "Prices").withFields(List.of(PRICE, SYMBOL))
            .withPartitions(partitions));
        return s;
    }

    @Test
    void storedMessagesComeBackWithTheirIdsAndContentInKeyOrder() {
        HistoryStore h = streams(1).history();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("symbol", "ACME");
        content.put("price", 12.5);
        content.put("extra", Map.of("nested", List.of(1, "two", true)));
        content.put("count", 42L);
        content.put("none", null);
        StreamMessage m = new StreamMessage(PRICES, 0, 1000, 3, "0xpub", "chainA", content, null);

        assertThat(h.append(List.of(m))).isEqualTo(1);

        StreamMessage back = h.range(PRICES, 0, Long.MAX_VALUE, 10).get(0);
        assertThat(back).isEqualTo(m);
        assertThat(back.content().keySet()).containsExactly("symbol", "price", "extra", "count", "none");
    }

    @Test
    void appendingAStoredMessageIdAgainAddsNothing() {
        HistoryStore h = streams(1).history();
        List<StreamMessage> batch = List.of(msg(PRICES, 0, 1000, 0, "price", 1.0), msg(PRICES, 0, 1000, 1, "price", 2.0));

        assertThat(h.append(batch)).isEqualTo(2);
        assertThat(h.append(batch)).isZero();
        assertThat(h.count(PRICES)).isEqualTo(2);
    }

    @Test
    void aBadMessageRejectsItsWholeBatch() {
        HistoryStore h = streams(2).history();
        List<StreamMessage> batch = List.of(msg(PRICES, 0, 1000, 0, "price", 1.0), msg(PRICES, 2, 2000, 0, "price", 2.0));

        assertThatThrownBy(() -> h.append(batch)).isInstanceOf(StreamException.class)
            .hasMessageContaining("partition 2 does not exist");
        assertThat(h.count(PRICES)).isZero();
        assertThatThrownBy(() -> h.append(List.of(msg(StreamId.parse("nope"), 0, 1, 0))))
            .hasMessageContaining("unknown stream nope");
    }

    @Test
    void rangeAndLastMergeThePartitionsInTimeOrder() {
        HistoryStore h = streams(3).history();
        List<StreamMessage> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(msg(PRICES, i % 3, 1000L * i, 0, "price", (double) i));
        }
        h.append(batch);

        assertThat(h.range(PRICES, 5000, 9000, 100)).extracting(StreamMessage::timestamp)
            .containsExactly(5000L, 6000L, 7000L, 8000L, 9000L);
        assertThat(h.range(PRICES, 1, 0, Long.MAX_VALUE, 3)).extracting(StreamMessage::timestamp)
            .containsExactly(1000L, 4000L, 7000L);
        assertThat(h.last(PRICES, 4)).extracting(StreamMessage::timestamp)
            .containsExactly(26_000L, 27_000L, 28_000L, 29_000L);
    }

    @Test
    void retentionDeletesOnlyMessagesOlderThanTheStreamsPeriod() {
        LocalStreams s = streams(1);
        s.registry().edit(s.registry().get(PRICES).withRetentionDays(2));
        StreamId forever = StreamId.parse("forever");
        s.registry().create(StreamDefinition.of(forever, "Forever"));
        long day = 86_400_000L;
        long now = 10 * day;
        s.history().append(List.of(msg(PRICES, 0, now - 3 * day, 0), msg(PRICES, 0, now - day, 0),
            msg(forever, 0, 0, 0)));

        assertThat(s.history().enforceRetention(now)).isEqualTo(1);
        assertThat(s.history().range(PRICES, 0, Long.MAX_VALUE, 10)).extracting(StreamMessage::timestamp)
            .containsExactly(now - day);
        assertThat(s.history().count(forever)).isEqualTo(1);
    }

    @Test
    void historyWrittenUnderAnOlderSchemaIsReadByFieldName() {
        LocalStreams s = streams(1);
        HistoryStore h = s.history();
        h.append(List.of(msg(PRICES, 0, 1000, 0, "price", 1.5, "symbol", "OLD")));
        s.registry().edit(s.registry().get(PRICES).withFields(List.of(SYMBOL, VOLUME)));
        h.append(List.of(msg(PRICES, 0, 2000, 0, "symbol", "NEW", "volume", 7L)));

        assertThat(h.range(PRICES, 0, Long.MAX_VALUE, 10)).extracting(StreamMessage::content).containsExactly(
            Map.of("price", 1.5, "symbol", "OLD"), Map.of("symbol", "NEW", "volume", 7L));
        try (HistoryCursor c = h.cursor(List.of(PRICES), List.of("symbol", "price", "volume"),
            List.of(DataType.STRING, DataType.DOUBLE, DataType.DOUBLE), List.of(), Long.MIN_VALUE, Long.MAX_VALUE)) {
            assertThat(c.next()).isTrue();
            assertThat(c.get(0)).isEqualTo("OLD");
            assertThat(c.isDouble(1)).isTrue();
            assertThat(c.getDouble(1)).isEqualTo(1.5);
            assertThat(c.has(2)).isFalse();
            assertThat(c.next()).isTrue();
            assertThat(c.get(0)).isEqualTo("NEW");
            assertThat(c.has(1)).isFalse();
            assertThat(c.getDouble(2)).isEqualTo(7.0);
            assertThat(c.next()).isFalse();
        }
    }

    @Test
    void theCursorMergesStreamsAndPartitionsBetweenBeginAndEnd() {
        LocalStreams s = streams(2);
        StreamId other = StreamId.parse("other");
        s.registry().create(StreamDefinition.of(other, "Other").withFields(List.of(PRICE)));
        s.history().append(List.of(msg(PRICES, 0, 1000, 0, "price", 1.0), msg(PRICES, 1, 1000, 1, "price", 2.0),
            msg(PRICES, 1, 3000, 0, "price", 4.0), msg(other, 0, 2000, 0, "price", 3.0),
            msg(other, 0, 9000, 0, "price", 9.0)));

        List<Double> seen = new ArrayList<>();
        try (HistoryCursor c = s.history().cursor(List.of(PRICES, other), List.of("price"), List.of(DataType.DOUBLE),
            List.of(), 0, 5000)) {
            while (c.next()) {
                seen.add(c.getDouble(0));
            }
        }
        assertThat(seen).containsExactly(1.0, 2.0, 3.0, 4.0);

        List<Long> partitionOne = new ArrayList<>();
        try (HistoryCursor c = s.history().cursor(List.of(PRICES), List.of("price"), List.of(DataType.DOUBLE),
            List.of(1), Long.MIN_VALUE, Long.MAX_VALUE)) {
            while (c.next()) {
                partitionOne.add(c.timestamp());
            }
        }
        assertThat(partitionOne).containsExactly(1000L, 3000L);
    }

    @Test
    void deletingAStreamDeletesItsHistory() {
        LocalStreams s = streams(1);
        s.history().append(List.of(msg(PRICES, 0, 1000, 0, "price", 1.0)));

        s.registry().delete(PRICES, true);
        s.registry().create(StreamDefinition.of(PRICES, "Prices again"));

        assertThat(s.history().count(PRICES)).isZero();
    }

    @Test
    void theWriterStoresOnlyStreamsWithStorageOn() throws Exception {
        LocalStreams s = streams(1);
        StreamId live = StreamId.parse("live-only");
        s.registry().create(StreamDefinition.of(live, "Live").withStorage(false));
        try (HistoryWriter w = new HistoryWriter(s.history(), 1000, 100, java.time.Clock.systemUTC())) {
            for (int i = 0; i < 250; i++) {
                w.record(msg(PRICES, 0, i, 0, "price", (double) i));
                w.record(msg(live, 0, i, 0, "price", (double) i));
            }
            w.flush();
            assertThat(w.written()).isEqualTo(250);
        }
        assertThat(s.history().count(PRICES)).isEqualTo(250);
        assertThat(s.history().count(live)).isZero();
    }
}
