package dev.rivulet.app.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.ModuleRegistry;
import dev.rivulet.core.UiMessage;
import dev.rivulet.document.CanvasDocument;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.runtime.engine.EmbeddedEngine;
import dev.rivulet.runtime.engine.Engine;
import dev.rivulet.runtime.engine.RunHandle;
import dev.rivulet.runtime.engine.RunRequest;
import dev.rivulet.runtime.live.UiUpdateHub;
import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Live widget views fed by a real engine run through the coalescing hub, and driven by real clicks. */
@ExtendWith(ApplicationExtension.class)
class WidgetViewsTest {
    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();
    private static final Path SCREENSHOT = Path.of("..", "docs", "screenshots", "widgets.png");

    @TempDir
    Path dir;

    private final List<Map<String, Object>> buttonEvents = new ArrayList<>();
    private final List<Map<String, Object>> switchEvents = new ArrayList<>();
    private final List<Map<String, Object>> textEvents = new ArrayList<>();
    private TableWidget table;
    private LabelWidget label;
    private ChartWidget chart;
    private GaugeWidget gauge;
    private ButtonWidget button;
    private SwitcherWidget switcher;
    private TextFieldWidget text;
    private Scene scene;

    @Start
    void start(Stage stage) {
        table = (TableWidget) WidgetViews.create("table", Map.of("maxRows", 5), WidgetEvents.NONE).orElseThrow();
        label = (LabelWidget) WidgetViews.create("label", Map.of(), WidgetEvents.NONE).orElseThrow();
        chart = (ChartWidget) WidgetViews.create("chart", Map.of("yAxis", List.of(0, 1)), WidgetEvents.NONE)
            .orElseThrow();
        gauge = (GaugeWidget) WidgetViews.create("gauge", Map.of(), WidgetEvents.NONE).orElseThrow();
        button = (ButtonWidget) WidgetViews.create("button", Map.of(), buttonEvents::add).orElseThrow();
        switcher = (SwitcherWidget) WidgetViews.create("switcher", Map.of(), switchEvents::add).orElseThrow();
        text = (TextFieldWidget) WidgetViews.create("text-field", Map.of(), textEvents::add).orElseThrow();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setStyle("-fx-padding: 8; -fx-background-color: white;");
        grid.add(chart.node(), 0, 0, 2, 1);
        grid.add(table.node(), 0, 1);
        grid.add(gauge.node(), 1, 1);
        grid.add(label.node(), 0, 2);
        grid.add(button.node(), 1, 2);
        grid.add(switcher.node(), 0, 3);
        grid.add(text.node(), 1, 3);
        chart.node().setPrefSize(780, 300);
        table.node().setPrefSize(400, 200);
        GridPane.setHgrow(table.node(), Priority.ALWAYS);
        scene = new Scene(grid, 800, 640);
        stage.setScene(scene);
        stage.show();
    }

    /** Stream → Table, Label, Gauge and a two-series Chart; 200 rows replayed from CSV. */
    private UiUpdateHub runCanvas(Map<String, ModuleNode> modules) throws Exception {
        CanvasBuilder b = new CanvasBuilder(REGISTRY);
        ModuleNode s = b.stream("prices", "price:Double", "volume:Double");
        ModuleNode t = b.add("table");
        ModuleNode l = b.add("label");
        ModuleNode g = b.add("gauge");
        b.param(g, "min", 0).param(g, "max", 200);
        ModuleNode c = b.add("chart");
        b.connect(s, "price", t, "in1").connect(s, "volume", t, "in2").connect(s, "price", l, "label")
            .connect(s, "price", g, "value").connect(s, "price", c, "in1").connect(s, "volume", c, "in2");
        CanvasDocument canvas = b.build();
        StringBuilder csv = new StringBuilder("timestamp,price,volume\n");
        for (int i = 1; i <= 200; i++) {
            csv.append(1_700_000_000_000L + i * 1000L).append(',').append(100 + Math.sin(i / 10.0) * 20)
                .append(',').append(i % 17).append('\n');
        }
        Path file = dir.resolve("prices.csv");
        Files.writeString(file, csv);
        UiUpdateHub hub = new UiUpdateHub(10_000, 1_000);
        try (Engine engine = new EmbeddedEngine(REGISTRY)) {
            RunHandle run = engine.start(RunRequest.historical(canvas).replay("prices", file).ui(hub).build());
            assertThat(run.await(Duration.ofSeconds(20))).isTrue();
            assertThat(run.failure()).isEmpty();
        }
        modules.put("table", t);
        modules.put("label", l);
        modules.put("gauge", g);
        modules.put("chart", c);
        return hub;
    }

    @Test
    void aReplayFillsTableLabelGaugeAndChart() throws Exception {
        Map<String, ModuleNode> m = new java.util.HashMap<>();
        UiUpdateHub hub = runCanvas(m);
        onFx(() -> {
            hub.attach(String.valueOf(m.get("table").hash), table::apply);
            hub.attach(String.valueOf(m.get("label").hash), label::apply);
            hub.attach(String.valueOf(m.get("gauge").hash), gauge::apply);
            hub.attach(String.valueOf(m.get("chart").hash), chart::apply);
            return hub.deliverPending();
        });
        // the table keeps maxRows=5, newest first
        List<List<Object>> rows = table.rows();
        assertThat(rows).hasSize(5);
        double last = 100 + Math.sin(200 / 10.0) * 20;
        assertThat((Double) rows.get(0).get(0)).isCloseTo(last, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rows.get(0).get(1)).isEqualTo((double) (200 % 17));
        assertThat(label.text()).isEqualTo(ValueText.of(last));
        assertThat(gauge.value()).isCloseTo(last, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(gauge.fraction()).isCloseTo(last / 200, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(chart.seriesCount()).isEqualTo(2);
        assertThat(chart.pointsKept(0)).isEqualTo(200);
        assertThat(chart.pointsKept(1)).isEqualTo(200);
        snapshot();
    }

    @Test
    void chartExportsTheShownSeriesAsCsvAndTogglesHideASeries(FxRobot robot) throws Exception {
        onFx(() -> {
            chart.apply(List.of(new UiMessage.ChartInit(0, List.of("price", "volume")),
                new UiMessage.ChartPoint(1000, 0, "price", 1.5), new UiMessage.ChartPoint(2000, 1, "volume", 7),
                new UiMessage.ChartPoint(3000, 0, "price", 2.5)));
            chart.chart().getXAxis().set(0, 10);
            return null;
        });
        robot.clickOn(chart.toggles().get(1));
        assertThat(chart.toggles().get(1).isSelected()).isFalse();
        StringWriter out = new StringWriter();
        onFx(() -> {
            chart.exportCsv(out);
            return null;
        });
        assertThat(out.toString()).isEqualTo("time,series,min,max\n1000,price,1.5,1.5\n3000,price,2.5,2.5\n");
    }

    @Test
    void listAndMapContentsReplaceTheWholeTableInTheirOrder() throws Exception {
        onFx(() -> {
            table.apply(List.of(new UiMessage.TableHeaders(0, List.of("i", "name", "price")),
                new UiMessage.Generic(0, "nc", Map.of("nc", List.of(List.of(0.0, "apple", 1.5),
                    List.of(1.0, "pear", 2.0))))));
            return null;
        });
        assertThat(table.headers()).containsExactly("i", "name", "price");
        assertThat(table.rows()).containsExactly(List.of(0.0, "apple", 1.5), List.of(1.0, "pear", 2.0));
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("speed", 88.0);
        map.put("gear", "D");
        onFx(() -> {
            table.apply(List.of(new UiMessage.TableHeaders(0, List.of("key", "value")),
                new UiMessage.Generic(0, "nm", Map.of("nm", map))));
            return null;
        });
        assertThat(table.rows()).containsExactly(List.of("speed", 88.0), List.of("gear", "D"));
    }

    @Test
    void inputWidgetsSendEventsOnRealClicksAndFollowTheModuleState(FxRobot robot) throws Exception {
        onFx(() -> {
            button.apply(List.of(new UiMessage.Generic(0, "buttonName", Map.of("buttonName", "Fire"))));
            return null;
        });
        assertThat(button.button().getText()).isEqualTo("Fire");
        robot.clickOn(button.button());
        assertThat(buttonEvents).containsExactly(Map.of());

        robot.clickOn(switcher.toggle());
        assertThat(switchEvents).containsExactly(Map.of("value", true));
        // the module's state message moves the switch without echoing an event back
        onFx(() -> {
            switcher.apply(List.of(new UiMessage.Generic(0, "switcherValue", Map.of("switcherValue", false))));
            return null;
        });
        assertThat(switcher.toggle().isSelected()).isFalse();
        assertThat(switchEvents).hasSize(1);

        robot.clickOn(text.field()).write("hello").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(textEvents).containsExactly(Map.of("value", "hello"));
    }

    private void snapshot() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(SCREENSHOT.getParent());
        ImageIO.write(png, "png", SCREENSHOT.toFile());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
