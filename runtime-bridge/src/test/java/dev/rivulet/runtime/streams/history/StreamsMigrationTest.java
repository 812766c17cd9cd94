package dev.rivulet.runtime.streams.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.runtime.store.Databases;
import dev.rivulet.runtime.streams.FieldDefinition;
import dev.rivulet.runtime.streams.FieldType;
import dev.rivulet.runtime.streams.StreamId;
import dev.rivulet.runtime.streams.StreamMessage;
import dev.rivulet.runtime.streams.StreamRegistry;
import dev.rivulet.runtime.streams.StreamUsages;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class StreamsMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void streamsAndMessagesWrittenUnderSchemaOneSurviveTheMigrationToTwo() throws Exception {
        Path file = tmp.resolve("streams.db");
        SQLiteDataSource v1 = new SQLiteDataSource();
        v1.setUrl("jdbc:sqlite:" + file);
        Flyway.configure(getClass().getClassLoader()).dataSource(v1).locations("classpath:db/streams").target("1")
            .load().migrate();
        try (Connection c = v1.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO streams (id, name, config, partitions, created, updated) VALUES ('prices',"
                + " 'Prices', '{\"fields\": [{\"name\": \"price\", \"type\": \"number\"}]}', 2, 1, 1)");
            s.executeUpdate("INSERT INTO messages (stream_id, partition, ts, seq, publisher, msg_chain, content)"
                + " VALUES ('prices', 1, 1000, 0, 'p', 'c', '{\"price\": 1.5, \"note\": \"old\"}')");
        }

        StreamRegistry reg = new StreamRegistry(Databases.openMigrated(file, Databases.STREAMS_MIGRATIONS),
            StreamUsages.NONE, Clock.systemUTC());
        HistoryStore history = new HistoryStore(reg);
        StreamId id = StreamId.parse("prices");

        assertThat(reg.get(id).fields()).containsExactly(new FieldDefinition("price", FieldType.NUMBER));
        assertThat(reg.get(id).partitions()).isEqualTo(2);
        List<StreamMessage> messages = history.range(id, Long.MIN_VALUE, Long.MAX_VALUE, 10);
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.partition()).isEqualTo(1);
            assertThat(m.timestamp()).isEqualTo(1000);
            assertThat(m.publisherId()).isEqualTo("p");
            assertThat(m.chainId()).isEqualTo("c");
            assertThat(m.content()).containsEntry("price", 1.5).containsEntry("note", "old");
        });
    }
}
