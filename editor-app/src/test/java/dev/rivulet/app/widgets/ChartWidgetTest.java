package dev.rivulet.app.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.UiMessage;
import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart's grouping, CSV export, navigator and retention, driven by real clicks and drags. */
@ExtendWith(ApplicationExtension.class)
class ChartWidgetTest {
    private static final Path SCREENSHOT = Path.of("..", "docs", "screenshots", "chart.png");
    private ChartWidget chart;
    private Scene scene;

    @Start
    void start(Stage stage) {
        chart = (ChartWidget) WidgetViews.create("chart", Map.of("yAxis", List.of(0, 1)), WidgetEvents.NONE)
            .orElseThrow();
        scene = new Scene(chart.node(), 900, 480);
        stage.setScene(scene);
        stage.show();
    }

    /** 100 points, one a second from t=0, valued 0..99. */
    private void ramp() throws Exception {
        List<UiMessage> batch = new ArrayList<>();
        batch.add(new UiMessage.ChartInit(0, List.of("price")));
        for (int i = 0; i < 100; i++) {
            batch.add(new UiMessage.ChartPoint(i * 1000L, 0, "price", i));
        }
        onFx(() -> {
            chart.apply(batch);
            chart.setSlots(10);
            chart.showRange(0, 100);
            return null;
        });
    }

    private String csv() throws Exception {
        StringWriter out = new StringWriter();
        onFx(() -> {
            chart.exportCsv(out);
            return null;
        });
        return out.toString();
    }

    @Test
    void eachGroupingModeGivesItsNumbersAndTheCsvHasWhatIsShown(FxRobot robot) throws Exception {
        ramp();
        assertThat(csv().lines().limit(3)).containsExactly("time,series,min,max", "0,price,0,9", "10000,price,10,19");
        assertThat(csv().lines()).hasSize(11);

        // choose "average" in the chart's own drop-down
        robot.clickOn(chart.groupingChoice()).clickOn(DataGrouping.AVERAGE.toString());
        assertThat(chart.grouping()).isEqualTo(DataGrouping.AVERAGE);
        assertThat(csv().lines().limit(3)).containsExactly("time,series,average", "0,price,4.5", "10000,price,14.5");

        robot.clickOn(chart.groupingChoice()).clickOn(DataGrouping.OHLC.toString());
        assertThat(csv().lines().skip(10)).containsExactly("90000,price,90,99,90,99");

        // zoomed in so far that every point is its own group: the raw points
        onFx(() -> {
            chart.showRange(3, 5);
            return null;
        });
        assertThat(csv()).isEqualTo("time,series,open,high,low,close\n3000,price,3,3,3,3\n4000,price,4,4,4,4\n"
            + "5000,price,5,5,5,5\n");
    }

    @Test
    void retentionKeepsTheNewestPointsAndTheChartDrawsAboutOneGroupPerPixelColumn() throws Exception {
        ChartWidget small = onFx(() -> (ChartWidget) WidgetViews.create("chart", Map.of("retention", 1000),
            WidgetEvents.NONE).orElseThrow());
        List<UiMessage> batch = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            batch.add(new UiMessage.ChartPoint(i, 0, "x", i));
        }
        onFx(() -> {
            small.apply(batch);
            return null;
        });
        assertThat(small.pointsKept(0)).isEqualTo(1000);
        assertThat(small.pointsReceived()).isEqualTo(5000);
        StringWriter out = new StringWriter();
        onFx(() -> {
            small.setSlots(10);
            small.exportCsv(out);
            return null;
        });
        // the oldest kept point is the 4000th
        assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).isEqualTo("4000,x,4000,4099");

        List<UiMessage> many = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            many.add(new UiMessage.ChartPoint(i, 0, "price", Math.sin(i / 500.0)));
        }
        onFx(() -> {
            chart.apply(many);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double width = chart.chart().getXAxis().getWidth();
        assertThat(chart.pointsKept(0)).isEqualTo(200_000);
        assertThat(chart.groupsShown(0)).isGreaterThan(100).isLessThanOrEqualTo((int) width + 1);
    }

    @Test
    void theNavigatorPansTheChartAndADoubleClickFollowsTheDataAgain(FxRobot robot) throws Exception {
        ramp();
        onFx(() -> {
            chart.setSlots(0);
            chart.showRange(0, 20);
            return null;
        });
        assertThat(chart.following()).isFalse();
        Bounds nav = chart.navigator().localToScreen(chart.navigator().getBoundsInLocal());
        // the window covers 0..20 of 0..99: grab its middle and drag it half the strip to the right
        Point2D grip = new Point2D(nav.getMinX() + nav.getWidth() * 10 / 99, nav.getCenterY());
        robot.drag(grip, MouseButton.PRIMARY).moveTo(grip.add(nav.getWidth() / 4, 0))
            .moveTo(grip.add(nav.getWidth() / 2, 0)).release(MouseButton.PRIMARY);
        double min = chart.chart().getXAxis().getMin();
        double max = chart.chart().getXAxis().getMax();
        assertThat(min).isBetween(45.0, 55.0);
        assertThat(max - min).isCloseTo(20, org.assertj.core.data.Offset.offset(0.01));
        robot.doubleClickOn(chart.navigator());
        assertThat(chart.following()).isTrue();
        assertThat(chart.chart().getXAxis().getMax()).isEqualTo(99);
    }

    @Test
    void aSwitchedOffSeriesLeavesTheExportAndASecondSeriesGetsItsOwnAxis(FxRobot robot) throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        List<UiMessage> batch = new ArrayList<>();
        batch.add(new UiMessage.ChartInit(0, List.of("price", "volume")));
        double price = 100;
        long t0 = 1_700_000_000_000L;
        for (int i = 0; i < 300_000; i++) {
            price += random.nextGaussian() * 0.05;
            batch.add(new UiMessage.ChartPoint(t0 + i * 10L, 0, "price", price));
            if (i % 100 == 0) {
                batch.add(new UiMessage.ChartPoint(t0 + i * 10L, 1, "volume", 500 + 200 * Math.sin(i / 20000.0)));
            }
        }
        onFx(() -> {
            chart.apply(batch);
            return null;
        });
        assertThat(chart.chart().getAxes()).hasSize(3);
        onFx(() -> {
            chart.showRange((t0 + 600_000) / 1000.0, (t0 + 2_400_000) / 1000.0);
            return null;
        });
        snapshot();
        robot.clickOn(chart.toggles().get(1));
        assertThat(csv().lines().skip(1)).allMatch(l -> l.contains(",price,"));
    }

    private void snapshot() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(SCREENSHOT.getParent());
        ImageIO.write(png, "png", SCREENSHOT.toFile());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
