package dev.rivulet.runtime.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rivulet.core.DataType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordCursorTest {
    @TempDir
    Path dir;

    private Path write(String content) throws Exception {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void readsTypedFieldsInTimestampOrder() throws Exception {
        Path f = write("timestamp,price,name,up,tags\n"
            + "2024-01-01T00:00:02Z,2.5,\"b, quoted\",false,\"{\"\"k\"\":1}\"\n"
            + "1704067201000,1.5,a,true,{}\n");
        CsvRecordCursor c = CsvRecordCursor.open(f, List.of("price", "name", "up", "tags"),
            List.of(DataType.DOUBLE, DataType.STRING, DataType.BOOLEAN, DataType.MAP));
        assertThat(c.next()).isTrue();
        assertThat(c.timestamp()).isEqualTo(1704067201000L);
        assertThat(c.isDouble(0)).isTrue();
        assertThat(c.getDouble(0)).isEqualTo(1.5);
        assertThat(c.get(1)).isEqualTo("a");
        assertThat(c.get(2)).isEqualTo(true);
        assertThat(c.next()).isTrue();
        assertThat(c.timestamp()).isEqualTo(1704067202000L);
        assertThat(c.get(1)).isEqualTo("b, quoted");
        assertThat(c.get(3)).isEqualTo(Map.of("k", 1));
        assertThat(c.next()).isFalse();
    }

    @Test
    void emptyCellIsMissingAndMissingColumnIsWarned() throws Exception {
        Path f = write("timestamp,price\n1000,\n2000,3\n");
        CsvRecordCursor c = CsvRecordCursor.open(f, List.of("price", "volume"),
            List.of(DataType.DOUBLE, DataType.DOUBLE));
        assertThat(c.warnings()).singleElement().asString().contains("volume");
        c.next();
        assertThat(c.has(0)).isFalse();
        assertThat(c.has(1)).isFalse();
        c.next();
        assertThat(c.has(0)).isTrue();
    }

    @Test
    void badNumberNamesFileLineAndColumn() throws Exception {
        Path f = write("timestamp,price\n1000,1\n2000,abc\n");
        assertThatThrownBy(() -> CsvRecordCursor.open(f, List.of("price"), List.of(DataType.DOUBLE)))
            .isInstanceOf(ReplayException.class)
            .hasMessageContaining("data.csv:3")
            .hasMessageContaining("\"price\"")
            .hasMessageContaining("abc");
    }

    @Test
    void badTimestampAndMissingTimestampColumnAreClear() throws Exception {
        Path f = write("timestamp,price\nyesterday,1\n");
        assertThatThrownBy(() -> CsvRecordCursor.open(f, List.of("price"), List.of(DataType.DOUBLE)))
            .hasMessageContaining("data.csv:2").hasMessageContaining("yesterday");
        Path g = write("time,price\n1,1\n");
        assertThatThrownBy(() -> CsvRecordCursor.open(g, List.of("price"), List.of(DataType.DOUBLE)))
            .hasMessageContaining("no \"timestamp\" column");
    }

    @Test
    void wrongColumnCountAndMissingFileAreClear() throws Exception {
        Path f = write("timestamp,price\n1000,1,2\n");
        assertThatThrownBy(() -> CsvRecordCursor.open(f, List.of("price"), List.of(DataType.DOUBLE)))
            .hasMessageContaining("data.csv:2").hasMessageContaining("expected 2 columns");
        assertThatThrownBy(() -> CsvRecordCursor.open(dir.resolve("nope.csv"), List.of(), List.of()))
            .hasMessageContaining("nope.csv").hasMessageContaining("not found");
    }

    @Test
    void parsesTimeForms() {
        assertThat(TimeParser.parse("1000")).isEqualTo(1000L);
        assertThat(TimeParser.parse("1970-01-01T00:00:01Z")).isEqualTo(1000L);
        assertThat(TimeParser.parse("1970-01-01T02:00:01+02:00")).isEqualTo(1000L);
        assertThat(TimeParser.parse("1970-01-01 00:00:01")).isEqualTo(1000L);
        assertThat(TimeParser.parse("1970-01-02")).isEqualTo(86_400_000L);
        assertThat(TimeParser.parseEnd("1970-01-01")).isEqualTo(86_399_999L);
    }
}
