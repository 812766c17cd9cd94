package dev.rivulet.modules.color;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rivulet.core.CanvasBuilder;
import dev.rivulet.core.MemoryCursor;
import dev.rivulet.core.ModuleException;
import dev.rivulet.document.ModuleNode;
import dev.rivulet.testkit.CanvasRun;
import dev.rivulet.testkit.DefinitionChecks;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ColorModulesTest {
    private final CanvasBuilder b = new CanvasBuilder(CanvasRun.REGISTRY);

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void catalogueEntriesMatchStreamr() {
        DefinitionChecks.assertCatalogued("constant-color", 215, "ConstantColor", "Utils/Color", "ColorConstant",
            "Color");
        DefinitionChecks.assertCatalogued("gradient", 216, "Gradient", "Utils/Color");
        ModuleNode c = b.add("constant-color");
        assertThat(c.param("value").orElseThrow().value).isEqualTo("rgba(0, 0, 0, 1.0)");
        assertThat(c.param("value").orElseThrow().type).isEqualTo("Color");
        assertThat(c.outputs).extracting(p -> p.name).containsExactly("color");
        ModuleNode g = b.add("gradient");
        assertThat(g.params).extracting(p -> p.name).containsExactly("minValue", "maxValue", "minColor", "maxColor");
        assertThat(g.param("minColor").orElseThrow().value).isEqualTo("rgba(0, 255, 0, 1.0)");
        assertThat(g.param("maxColor").orElseThrow().value).isEqualTo("rgba(255, 0, 0, 1.0)");
        assertThat(g.inputs).extracting(p -> p.name).containsExactly("in");
    }

    private ModuleNode gradientTable(ModuleNode gradient) {
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode table = b.add("table");
        b.connect(s, "x", gradient, "in").connect(gradient, "color", table, "in1");
        return table;
    }

    @Test
    void gradientGoesFromGreenThroughYellowToRedAndClampsOutsideTheRange() {
        ModuleNode g = b.add("gradient");
        ModuleNode table = gradientTable(g);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, -1).add(2000, 0)
            .add(3000, 0.5).add(4000, 0.25).add(5000, 1).add(6000, 7).add(7000, Double.NaN)).run();
        assertThat(run.failures()).isEmpty();
        // NaN has no place on the gradient: nothing is sent for it
        assertThat(run.rows(table)).containsExactly(row("rgba(0, 255, 0, 1.0)"), row("rgba(0, 255, 0, 1.0)"),
            row("rgba(255, 255, 0, 1.0)"), row("rgba(128, 255, 0, 1.0)"), row("rgba(255, 0, 0, 1.0)"),
            row("rgba(255, 0, 0, 1.0)"));
    }

    @Test
    void gradientBlendsOpacityAndTakesTheShortWayRoundTheHueCircle() {
        ModuleNode g = b.add("gradient");
        // magenta (hue 5/6) to red (hue 0): the short way passes through pink, not through green and blue
        b.param(g, "minValue", 10).param(g, "maxValue", 20).param(g, "minColor", "rgba(255, 0, 255, 0.2)")
            .param(g, "maxColor", "#ff0000");
        ModuleNode table = gradientTable(g);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 15)).run();
        assertThat(run.rows(table)).containsExactly(row("rgba(255, 0, 128, 0.6)"));
    }

    @Test
    void reversedRangeReversesTheGradient() {
        ModuleNode g = b.add("gradient");
        b.param(g, "minValue", 1).param(g, "maxValue", 0);
        ModuleNode table = gradientTable(g);
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 1).add(2000, 0)).run();
        assertThat(run.rows(table)).containsExactly(row("rgba(0, 255, 0, 1.0)"), row("rgba(255, 0, 0, 1.0)"));
    }

    @Test
    void equalMinAndMaxValueOrAnUnreadableColorFailTheModule() {
        ModuleNode flat = b.add("gradient");
        b.param(flat, "maxValue", 0);
        ModuleNode badColor = b.add("gradient");
        b.param(badColor, "maxColor", "purple");
        ModuleNode s = b.stream("s", "x:Double");
        ModuleNode table = b.add("table");
        b.connect(s, "x", flat, "in").connect(s, "x", badColor, "in").connect(flat, "color", table, "in1")
            .connect(badColor, "color", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 0.5)).run();
        assertThat(run.rows(table)).isEmpty();
        assertThat(run.failures()).hasSize(2)
            .anyMatch(f -> f.contains("minValue and maxValue must be two different finite numbers, not 0 and 0"))
            .anyMatch(f -> f.contains("maxColor \"purple\" is not a color; write rgba(255, 0, 0, 1.0)"));
    }

    @Test
    void constantColorIsPulledByConnectedParametersAndALiveChangeIsSent() {
        ModuleNode c = b.add("constant-color");
        b.param(c, "value", "rgb(0, 0, 255)");
        ModuleNode g = b.add("gradient");
        ModuleNode table = gradientTable(g);
        b.connect(c, "color", g, "minColor").connect(c, "color", table, "in2");
        CanvasRun run = new CanvasRun(b.build()).replay("s", new MemoryCursor().add(1000, 0)).run();
        // pulled, normalised to Streamr's rgba form; the constant itself never fired
        assertThat(run.rows(table)).containsExactly(row("rgba(0, 0, 255, 1.0)", null));
        run.runtime().setParameter(c.hash, "value", "rgba(10, 20, 30, 0.5)");
        assertThat(run.rows(table)).last().isEqualTo(row(null, "rgba(10, 20, 30, 0.5)"));
    }

    @Test
    void constantColorWithAnUnreadableValueFailsAtStart() {
        ModuleNode c = b.add("constant-color");
        b.param(c, "value", "rgba(300, 0, 0, 1)");
        CanvasRun run = new CanvasRun(b.build());
        run.start();
        assertThat(run.runtime().problems().get(c.hash)).singleElement().asString()
            .contains("value \"rgba(300, 0, 0, 1)\" is not a color: red, green and blue must be from 0 to 255");
    }

    @Test
    void colorTextAcceptsStreamrAndCssForms() {
        assertThat(Rgba.parse("rgba(1, 2, 3, 0.25)", "c")).isEqualTo(new Rgba(1, 2, 3, 0.25));
        assertThat(Rgba.parse(" RGB(1,2,3) ", "c")).isEqualTo(new Rgba(1, 2, 3, 1));
        assertThat(Rgba.parse("#0A0b0C80", "c")).isEqualTo(new Rgba(10, 11, 12, 0.502));
        assertThat(new Rgba(1, 2, 3, 1).text()).isEqualTo("rgba(1, 2, 3, 1.0)");
        Assertions.assertThatThrownBy(() -> Rgba.parse("rgba(1, 2, 3, 1.5)", "minColor"))
            .isInstanceOf(ModuleException.class).hasMessageContaining("alpha must be from 0 to 1");
    }

    /** The colour arithmetic must match java.awt.Color's, which Streamr's Gradient used. */
    @Test
    void hsbConversionsMatchJavaAwtExactly() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            int r = rnd.nextInt(256);
            int g = rnd.nextInt(256);
            int bl = rnd.nextInt(256);
            float[] expected = Color.RGBtoHSB(r, g, bl, null);
            float[] actual = new Rgba(r, g, bl, 1).hsb();
            assertThat(actual).containsExactly(expected);
            float h = (float) rnd.nextDouble();
            float s = (float) rnd.nextDouble();
            float v = (float) rnd.nextDouble();
            Color awt = new Color(Color.HSBtoRGB(h, s, v));
            Rgba ours = Rgba.fromHsb(h, s, v, 1);
            assertThat(new int[] {ours.red(), ours.green(), ours.blue()})
                .containsExactly(awt.getRed(), awt.getGreen(), awt.getBlue());
        }
    }
}
