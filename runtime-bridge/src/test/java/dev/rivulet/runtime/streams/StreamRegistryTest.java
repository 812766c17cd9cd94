package dev.rivulet.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.runtime.store.DataDirectory;
import dev.rivulet.runtime.store.Databases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamRegistryTest {
    static final FieldDefinition PRICE = new FieldDefinition("price", FieldType.NUMBER);
    static final FieldDefinition SYMBOL = new FieldDefinition("symbol", FieldType.STRING);

    @TempDir
    Path tmp;

    private Databases dbs() {
        return Databases.open(DataDirectory.open(Optional.of(tmp)));
    }

    @Test
    void createdStreamsAreFoundListedAndSearchable() {
        StreamRegistry reg = new StreamRegistry(dbs().streams(), StreamUsages.NONE, Clock.systemUTC());
        reg.create(StreamDefinition.of(StreamId.parse("prices"), "Stock prices").withDescription("Ticks from NYSE")
            .withFields(List.of(PRICE, SYMBOL)).withPartitions(3).withRetentionDays(30));
        reg.create(StreamDefinition.of(StreamId.parse("weather.eth/helsinki"), "Weather").withStorage(false));

        StreamDefinition prices = reg.get(StreamId.parse("prices"));
        assertThat(prices.fields()).containsExactly(PRICE, SYMBOL);
        assertThat(prices.partitions()).isEqualTo(3);
        assertThat(prices.retentionDays()).isEqualTo(30);
        assertThat(prices.storage()).isTrue();
        assertThat(prices.schemaVersion()).isEqualTo(1);
        assertThat(reg.get(StreamId.parse("weather.eth/helsinki")).storage()).isFalse();
        assertThat(reg.list()).extracting(d -> d.id().toString()).containsExactly("prices", "weather.eth/helsinki");
        assertThat(reg.search("nyse")).extracting(StreamDefinition::name).containsExactly("Stock prices");
        assertThat(reg.search("HELSINKI")).hasSize(1);
        assertThat(reg.search("nothing like this")).isEmpty();
        assertThatThrownBy(() -> reg.create(StreamDefinition.of(StreamId.parse("prices"), "again")))
            .isInstanceOf(StreamException.class).hasMessageContaining("already exists");
    }

    @Test
    void editingTheFieldsAddsASchemaVersionAndKeepsTheOldOne() {
        StreamRegistry reg = new StreamRegistry(dbs().streams(), StreamUsages.NONE, Clock.systemUTC());
        StreamId id = StreamId.parse("prices");
        reg.create(StreamDefinition.of(id, "Prices").withFields(List.of(PRICE)));

        StreamDefinition renamed = reg.edit(reg.get(id).withName("Renamed"));
        StreamDefinition widened = reg.edit(renamed.withFields(List.of(PRICE, SYMBOL)));

        assertThat(renamed.schemaVersion()).isEqualTo(1);
        assertThat(widened.schemaVersion()).isEqualTo(2);
        assertThat(reg.get(id).name()).isEqualTo("Renamed");
        assertThat(reg.schemaVersions(id)).containsEntry(1, List.of(PRICE)).containsEntry(2, List.of(PRICE, SYMBOL));
    }

    @Test
    void deletingAStreamInUseIsRefusedUnlessForced() {
        StreamRegistry reg = new StreamRegistry(dbs().streams(),
            id -> id.toString().equals("prices") ? List.of("canvas \"Alerts\" (c1)") : List.of(), Clock.systemUTC());
        StreamId id = StreamId.parse("prices");
        reg.create(StreamDefinition.of(id, "Prices"));

        assertThat(reg.usages(id)).containsExactly("canvas \"Alerts\" (c1)");
        assertThatThrownBy(() -> reg.delete(id, false)).isInstanceOfSatisfying(StreamInUseException.class,
            e -> assertThat(e.usages()).containsExactly("canvas \"Alerts\" (c1)"));
        assertThat(reg.find(id)).isPresent();

        assertThat(reg.delete(id, true)).isTrue();
        assertThat(reg.find(id)).isEmpty();
        assertThat(reg.delete(id, true)).isFalse();
    }

    @Test
    void workspaceUsagesFindCanvasesWhoseModulesNameTheStream() throws Exception {
        Databases dbs = dbs();
        try (Connection c = dbs.workspace().connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO canvases (id, name, created, updated, document) VALUES ('c1', 'Alerts', 0, 0,"
                + " '{\"modules\": [{\"type\": \"stream\", \"params\": [{\"name\": \"stream\", \"value\": \"prices\"}]}]}'),"
                + " ('c2', 'Other', 0, 0, '{\"modules\": [], \"name\": \"mentions prices in text only\"}')");
        }
        StreamRegistry reg = new StreamRegistry(dbs.streams(), new WorkspaceStreamUsages(dbs.workspace()),
            Clock.systemUTC());

        assertThat(reg.usages(StreamId.parse("prices"))).containsExactly("canvas \"Alerts\" (c1)");
        assertThat(reg.usages(StreamId.parse("other"))).isEmpty();
    }
}
