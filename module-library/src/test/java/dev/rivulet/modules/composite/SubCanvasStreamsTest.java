package dev.rivulet.modules.composite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.CanvasRuntime;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.StreamInlet;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.document.PortNode;
import dev.rivulet.testkit.CanvasRun;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stream modules inside embedded canvases get the stream's records, merged in time with the top canvas's streams. */
class SubCanvasStreamsTest {
    private final Map<String, CanvasDocument> saved = new HashMap<>();
    private final ModuleRegistry registry =
        CanvasRun.REGISTRY.withCanvasResolver(id -> Optional.ofNullable(saved.get(id)));
    private final CanvasBuilder b = new CanvasBuilder(registry);

    private static void export(ModuleNode node, String port) {
        PortNode p = node.input(port).or(() -> node.param(port)).or(() -> node.output(port)).orElseThrow();
        p.export = true;
    }

    /** "ticker": Stream prices → Table (inner) and → Count, whose count is exported; a Label's input is exported. */
    private void tickerCanvas() {
        CanvasBuilder sub = new CanvasBuilder(registry);
        ModuleNode stream = sub.stream("prices", "price:Double");
        ModuleNode table = sub.add("table");
        ModuleNode count = sub.add("count");
        ModuleNode label = sub.add("label");
        sub.connect(stream, "price", table, "in1").connect(stream, "price", count, "in");
        export(count, "count");
        export(label, "label");
        CanvasDocument doc = sub.name("ticker").build();
        doc.id = "ticker";
        saved.put("ticker", doc);
        assertThat(List.of(stream.hash, table.hash)).containsExactly(1, 2);
    }

    private static MemoryCursor prices() {
        return new MemoryCursor().add(1000, 10.0).add(3000, 30.0).add(5000, 50.0);
    }

    @Test
    void aStreamInsideACanvasModuleIsReplayedAndItsExportedOutputsReachTheTopCanvas() {
        tickerCanvas();
        ModuleNode top = b.stream("trades", "size:Double");
        ModuleNode canvas = b.add("canvas");
        b.param(canvas, "canvas", "ticker");
        ModuleNode outer = b.add("table");
        b.connect(canvas, "count", outer, "in1").connect(top, "size", outer, "in2");
        CanvasRun run = new CanvasRun(b.build(), registry)
            .replay("prices", prices())
            .replay("trades", new MemoryCursor().add(2000, 2.0).add(4000, 4.0));
        CanvasRuntime rt = run.start();
        assertThat(rt.streamInlets()).extracting(StreamInlet::path).containsExactly(
            String.valueOf(top.hash), canvas.hash + "/1");

        run.run();

        assertThat(run.failures()).isEmpty();
        assertThat(run.rowsAt(canvas.hash + "/2")).containsExactly(List.of(10.0), List.of(30.0), List.of(50.0));
        // merged in time: count 1 (t=1000), trade 2 (2000), count 2 (3000), trade 4 (4000), count 3 (5000); a Table
        // row shows the inputs that fired in that event
        assertThat(run.rows(outer)).containsExactly(
            row(1.0, null), row(null, 2.0), row(2.0, null), row(null, 4.0), row(3.0, null));
    }

    @Test
    void everyForEachInstanceReceivesTheStreamInsideIt() {
        tickerCanvas();
        ModuleNode text = b.add("text-field");
        ModuleNode forEach = b.add("for-each");
        b.param(forEach, "canvas", "ticker");
        b.connect(text, "out", forEach, "key").connect(text, "out", forEach, "label");
        CanvasRun run = new CanvasRun(b.build(), registry).replay("prices", prices());
        CanvasRuntime rt = run.start();
        assertThat(rt.streamInlets()).extracting(StreamInlet::path).containsExactly(forEach.hash + "[*]/1");
        rt.uiEvent(text.hash, Map.of("value", "a"));
        rt.uiEvent(text.hash, Map.of("value", "b"));

        run.run();

        assertThat(run.failures()).isEmpty();
        assertThat(run.rowsAt(forEach.hash + "[a]/2")).hasSize(3);
        assertThat(run.rowsAt(forEach.hash + "[b]/2")).containsExactly(List.of(10.0), List.of(30.0), List.of(50.0));
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
