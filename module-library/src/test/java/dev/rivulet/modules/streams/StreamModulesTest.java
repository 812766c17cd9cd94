package dev.rivulet.modules.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.DataType;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.StreamSourceModule;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void catalogueEntryMatchesStreamr() {
        DefinitionChecks.assertCatalogued("stream", 147, "Stream", "Streams");
    }

    @Test
    void streamSendsNumberTextAndBooleanFieldsAsTheyAre() {
        ModuleNode s = b.stream("s", "price:Double", "symbol:String", "open:Boolean");
        ModuleNode table = b.add("table");
        b.connect(s, "price", table, "in1").connect(s, "symbol", table, "in2").connect(s, "open", table, "in3");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 10.5, "ABC", true).add(2000, 11, "DEF", false)).run();
        assertThat(run.rows(table)).containsExactly(row(10.5, "ABC", true), row(11.0, "DEF", false));
        StreamSourceModule m = (StreamSourceModule) run.runtime().module(s.hash);
        assertThat(m.fieldNames()).containsExactly("price", "symbol", "open");
        assertThat(m.fieldTypes()).containsExactly(DataType.DOUBLE, DataType.STRING, DataType.BOOLEAN);
    }

    @Test
    void missingOrNullFieldSendsNothingOnItsOutput() {
        ModuleNode s = b.stream("s", "price:Double", "symbol:String", "open:Boolean");
        ModuleNode table = b.add("table");
        ModuleNode count = b.add("count");
        b.connect(s, "price", table, "in1").connect(s, "symbol", table, "in2").connect(s, "open", table, "in3")
            .connect(s, "price", count, "in").connect(count, "count", table, "in4");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, "A", true).add(2000, null, "B", null)
                // a message shorter than the field list: the last fields are missing
                .add(3000, 3))
            .run();
        // at 2000 price did not arrive, so Count (fed by price only) did not count
        assertThat(run.rows(table)).containsExactly(row(1.0, "A", true, 1.0), row(null, "B", null, null),
            row(3.0, null, null, 2.0));
        assertThat(run.failures()).isEmpty();
    }

    @Test
    void streamOutputsCannotBeMadeNoRepeat() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode table = b.add("table");
        b.connect(s, "x", table, "in1");
        b.noRepeat(s, "x", true);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1).add(2000, 1)).run();
        // Streamr forces noRepeat off on stream outputs: equal values are still events
        assertThat(run.rows(table)).containsExactly(row(1.0), row(1.0));
    }
}
