package dev.rivulet.runtime.streams.history;

import static dev.rivulet.runtime.streams.history.HistoryFixture.PRICE;
import static dev.rivulet.runtime.streams.history.HistoryFixture.SYMBOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.StreamDefinition;
import dev.rivulet.runtime.streams.StreamException;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryImportExportTest {
    static final StreamId PRICES = StreamId.parse("prices");
    static final FieldDefinition TAGS = new FieldDefinition("tags", FieldType.LIST);

    @TempDir
    Path tmp;

    private LocalStreams streams() {
        LocalStreams s = HistoryFixture.open(tmp.resolve("data"));
        s.registry().create(StreamDefinition.of(PRICES, "Prices").withFields(List.of(PRICE, SYMBOL, TAGS)));
        return s;
    }

    @Test
    void csvImportsTypedByTheSchemaAndExportsTheSameRows() throws Exception {
        LocalStreams s = streams();
        Path csv = tmp.resolve("prices.csv");
        Files.writeString(csv, "timestamp,price,symbol,tags,note\n"
            + "2024-05-01T09:30:00Z,10,ACME,\"[\"\"a\"\"]\",first\n"
            + "2024-05-01T09:30:00Z,10.5,ACME,,\n"
            + "1714555801000,,ZED,[],\n");

        HistoryImport.Result r = new HistoryImport(s.history()).csv(PRICES, csv);

        assertThat(r).isEqualTo(new HistoryImport.Result(3, 3));
        List<StreamMessage> stored = s.history().range(PRICES, Long.MIN_VALUE, Long.MAX_VALUE, 10);
        assertThat(stored).extracting(StreamMessage::content).containsExactly(
            Map.of("price", 10L, "symbol", "ACME", "tags", List.of("a"), "note", "first"),
            Map.of("price", 10.5, "symbol", "ACME"),
            Map.of("symbol", "ZED", "tags", List.of()));
        assertThat(stored).extracting(StreamMessage::sequence).containsExactly(0L, 1L, 0L);
        assertThat(new HistoryImport(s.history()).csv(PRICES, csv).added()).isZero();

        StringWriter out = new StringWriter();
        assertThat(new HistoryExport(s.history()).csv(PRICES, Long.MIN_VALUE, Long.MAX_VALUE, out)).isEqualTo(3);
        assertThat(out.toString()).isEqualTo("timestamp,price,symbol,tags\n"
            + "2024-05-01T09:30:00Z,10,ACME,\"[\"\"a\"\"]\"\n"
            + "2024-05-01T09:30:00Z,10.5,ACME,\n"
            + "2024-05-01T09:30:01Z,,ZED,[]\n");
    }

    @Test
    void jsonLinesExportAndImportKeepEveryMessageExactly() throws Exception {
        LocalStreams from = streams();
        Map<String, Object> content = new java.util.LinkedHashMap<>();
        content.put("price", 1.25);
        content.put("symbol", "Q");
        StreamMessage signed = new StreamMessage(PRICES, 0, 5000, 2, "0xabc", "chain1", content, new StreamMessage.Signature("ECDSA_SECP256K1_EVM", "0x1234"));
        from.history().append(List.of(signed, HistoryFixture.msg(PRICES, 0, 6000, 0, "tags", List.of(1, 2))));
        Path file = tmp.resolve("prices.jsonl");
        try (var w = Files.newBufferedWriter(file)) {
            new HistoryExport(from.history()).jsonLines(PRICES, Long.MIN_VALUE, Long.MAX_VALUE, w);
        }
        assertThat(Files.readAllLines(file)).containsExactly(
            "{\"streamId\":\"prices\",\"partition\":0,\"timestamp\":5000,\"sequence\":2,\"publisherId\":\"0xabc\","
                + "\"chainId\":\"chain1\",\"content\":{\"price\":1.25,\"symbol\":\"Q\"},"
                + "\"signature\":{\"type\":\"ECDSA_SECP256K1_EVM\",\"value\":\"0x1234\"}}",
            "{\"streamId\":\"prices\",\"partition\":0,\"timestamp\":6000,\"sequence\":0,\"publisherId\":\"pub\","
                + "\"chainId\":\"chain\",\"content\":{\"tags\":[1,2]}}");

        LocalStreams to = HistoryFixture.open(tmp.resolve("other"));
        to.registry().create(StreamDefinition.of(PRICES, "Prices").withFields(List.of(PRICE)));
        assertThat(new HistoryImport(to.history()).jsonLines(PRICES, file).added()).isEqualTo(2);

        assertThat(to.history().range(PRICES, Long.MIN_VALUE, Long.MAX_VALUE, 10))
            .isEqualTo(from.history().range(PRICES, Long.MIN_VALUE, Long.MAX_VALUE, 10));
    }

    @Test
    void plainJsonObjectsWithATimestampImportAsContent() throws Exception {
        LocalStreams s = streams();
        Path file = tmp.resolve("plain.jsonl");
        Files.writeString(file, "{\"timestamp\": \"2024-05-01T00:00:00Z\", \"price\": 3, \"symbol\": \"X\"}\n\n"
            + "{\"timestamp\": 1714521600001, \"price\": 4.5}\n");

        assertThat(new HistoryImport(s.history()).jsonLines(PRICES, file).added()).isEqualTo(2);
        assertThat(s.history().last(PRICES, 1).get(0).content()).isEqualTo(Map.of("price", 4.5));
    }

    @Test
    void aBadRowStopsTheImportNamingFileLineAndColumnAndStoresNothing() throws Exception {
        LocalStreams s = streams();
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "timestamp,price\n1000,1\n2000,abc\n");
        Path json = tmp.resolve("bad.jsonl");
        Files.writeString(json, "{\"timestamp\": 1, \"price\": 1}\n{\"price\": 2}\n");

        assertThatThrownBy(() -> new HistoryImport(s.history()).csv(PRICES, csv)).isInstanceOf(StreamException.class)
            .hasMessage(csv + ":3: column \"price\": \"abc\" is not a number");
        assertThatThrownBy(() -> new HistoryImport(s.history()).jsonLines(PRICES, json))
            .hasMessage(json + ":2: no \"timestamp\"");
        assertThatThrownBy(() -> new HistoryImport(s.history()).csv(PRICES, tmp.resolve("missing.csv")))
            .hasMessageEndingWith("missing.csv: file not found");
        assertThat(s.history().count(PRICES)).isZero();
    }
}
