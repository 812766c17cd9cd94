package dev.rivulet.modules.visualization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisualizationModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        assertThat(DefinitionChecks.assertCatalogued("table", 527, "Table", "Utils", "Events").widget())
            .isEqualTo("table");
        assertThat(DefinitionChecks.assertCatalogued("label", 145, "Label", "Utils").widget()).isEqualTo("label");
        assertThat(DefinitionChecks.assertCatalogued("chart", 67, "Chart", "Visualizations", "Plot", "Graph")
            .widget()).isEqualTo("chart");
    }

    // ---- Label ----------------------------------------------------------------------------------------------

    @Test
    void labelShowsEachValueThatArrives() {
        ModuleNode s = b.stream("s", "x:Object");
        ModuleNode label = b.add("label");
        b.connect(s, "x", label, "label");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1.5).add(2000, (Object) null).add(3000, "up").add(4000, true)).run();
        // the missing value at 2000 sends nothing
        assertThat(run.labels(label)).containsExactly(1.5, "up", true);
        assertThat(run.messages(label)).extracting(UiMessage::time).containsExactly(1000L, 3000L, 4000L);
    }

    @Test
    void labelKeepsItsValueThroughClear() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode label = b.add("label");
        b.connect(s, "x", label, "label");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 7)).run();
        ModuleInstance m = run.runtime().module(label.hash);
        run.runtime().clearState();
        assertThat(m.canClearState()).isFalse();
        assertThat(m.input("label").getValue()).isEqualTo(7.0);
        assertThat(m.input("label").canToggleDriving()).isFalse();
    }

    // ---- Chart ----------------------------------------------------------------------------------------------

    @Test
    void chartPlotsEachInputThatFiredAsItsOwnSeries() {
        ModuleNode s = b.stream("s", "x:Double", "y:Double");
        ModuleNode chart = b.add("chart");
        b.connect(s, "x", chart, "in1").connect(s, "y", chart, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, 2).add(2000, 3, null).add(3000, Double.NaN, 4)).run();
        assertThat(run.messages(chart).get(0)).isEqualTo(new UiMessage.ChartInit(0, List.of("Stream.x", "Stream.y")));
        // at 2000 only x fired; at 3000 x was NaN, which is not plotted
        assertThat(run.points(chart)).extracting(UiMessage.ChartPoint::time, UiMessage.ChartPoint::series,
                UiMessage.ChartPoint::seriesName, UiMessage.ChartPoint::y)
            .containsExactly(tuple(1000L, 0, "Stream.x", 1.0), tuple(1000L, 1, "Stream.y", 2.0),
                tuple(2000L, 0, "Stream.x", 3.0), tuple(3000L, 1, "Stream.y", 4.0));
    }

    @Test
    void chartInputsOptionSetsTheInputsAndSeriesSkipUnconnectedOnes() {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode chart = b.add("chart");
        assertThat(chart.inputs).extracting(p -> p.name).containsExactly("in1", "in2");
        b.option(chart, "inputs", 4);
        assertThat(chart.inputs).extracting(p -> p.name).containsExactly("in1", "in2", "in3", "in4");
        // the same output on two inputs gets a numbered second name; in1 and in3 stay unconnected
        b.connect(s, "x", chart, "in2").connect(s, "x", chart, "in4");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 5)).run();
        assertThat(run.messages(chart).get(0)).isEqualTo(new UiMessage.ChartInit(0, List.of("Stream.x", "Stream.x2")));
        assertThat(run.points(chart)).extracting(UiMessage.ChartPoint::series, UiMessage.ChartPoint::y)
            .containsExactly(tuple(0, 5.0), tuple(1, 5.0));

        b.option(chart, "inputs", 1);
        assertThat(chart.inputs).extracting(p -> p.name).containsExactly("in1");
    }

    @Test
    void chartNamesARenamedOutputByItsDisplayName() {
        ModuleNode s = b.stream("s", "x:Double");
        s.output("x").orElseThrow().displayName = "price";
        ModuleNode chart = b.add("chart");
        b.connect(s, "x", chart, "in1");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 5)).run();
        assertThat(run.points(chart)).extracting(UiMessage.ChartPoint::seriesName).containsExactly("price");
    }

    @Test
    void chartWithABadInputsOptionFailsClearly() {
        ModuleNode chart = b.add("chart");
        chart.options.get("inputs").value = "many";
        CanvasRun run = new CanvasRun(b.build());
        run.start();
        assertThat(run.runtime().problems().get(chart.hash))
            .anyMatch(p -> p.contains("option inputs must be a whole number, not \"many\""));
    }

    // ---- Table ----------------------------------------------------------------------------------------------

    @Test
    void tableShowsOnlyNewValuesByDefault() {
        ModuleNode s = b.stream("s", "x:Double", "y:String");
        ModuleNode table = b.add("table");
        b.connect(s, "x", table, "in1").connect(s, "y", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, "a").add(2000, 2, null).add(3000, null, "b")).run();
        assertThat(run.rows(table)).containsExactly(row(1.0, "a"), row(2.0, null), row(null, "b"));
        assertThat(run.messages(table).get(0)).isEqualTo(new UiMessage.TableHeaders(0, List.of("in1", "in2")));
    }

    @Test
    void tableRepeatsLastValuesWhenShowOnlyNewValuesIsOff() {
        ModuleNode s = b.stream("s", "x:Double", "y:String");
        ModuleNode table = b.add("table");
        b.option(table, "showOnlyNewValues", false);
        b.connect(s, "x", table, "in1").connect(s, "y", table, "in2");
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, "a").add(2000, 2, null).add(3000, null, "b")).run();
        assertThat(run.rows(table)).containsExactly(row(1.0, "a"), row(2.0, "a"), row(2.0, "b"));
    }

    @Test
    void tableColumnsAlwaysDriveEvenIfTheDocumentSaysOtherwise() {
        ModuleNode s = b.stream("s", "x:Double", "y:Double");
        ModuleNode table = b.add("table");
        b.connect(s, "x", table, "in1").connect(s, "y", table, "in2");
        b.driving(table, "in2", false);
        CanvasRun run = new CanvasRun(b.build())
            .replay("s", new MemoryCursor().add(1000, 1, 2).add(2000, null, 3)).run();
        assertThat(run.rows(table)).containsExactly(row(1.0, 2.0), row(null, 3.0));
        ModuleInstance m = run.runtime().module(table.hash);
        assertThat(m.input("in2").isDriving()).isTrue();
        assertThat(m.input("in2").canToggleDriving()).isFalse();
        assertThat(m.input("in3").canToggleDriving()).isFalse();
    }
}
