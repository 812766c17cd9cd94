package dev.rivulet.modules.color;

import dev.rivulet.core.DataType;
import dev.rivulet.core.Input;
import dev.rivulet.core.ModuleException;
import dev.rivulet.core.ModuleInstance;
import dev.rivulet.core.Output;
import dev.rivulet.core.Parameter;

/**
 * Streamr's Gradient: a color between {@code minColor} and {@code maxColor} according to where the input lies
 * between {@code minValue} and {@code maxValue}. Values outside the range get the end colors.
 *
 * <p>As in Streamr, the blend runs through hue, saturation and brightness (the hue taking the shorter way round
 * the color wheel), so green to red passes through yellow rather than muddy brown, and opacity blends linearly.
 * The arithmetic is Streamr's, in the same single precision, so imported canvases give the same colors.
 *
 * <p>minValue above maxValue gives a reversed gradient, as in Streamr. Equal values fail the module (Streamr
 * divided by zero and sent garbage), and so does a color that cannot be read. A NaN input sends nothing: it has no
 * place on the gradient.
 */
public final class Gradient extends ModuleInstance {
    private final Parameter minValue = doubleParam("minValue", 0).help("The input value that gets minColor.");
    private final Parameter maxValue = doubleParam("maxValue", 1).help("The input value that gets maxColor.");
    private final Parameter minColor = param("minColor", DataType.COLOR, "rgba(0, 255, 0, 1.0)")
        .help("The color at minValue and below (green by default), e.g. rgba(0, 255, 0, 1.0) or #00ff00.");
    private final Parameter maxColor = param("maxColor", DataType.COLOR, "rgba(255, 0, 0, 1.0)")
        .help("The color at maxValue and above (red by default), e.g. rgba(255, 0, 0, 1.0) or #ff0000.");
    private final Input in = doubleInput("in").help("The value to show as a color.");
    private final Output color = anyOutput("color").help("The color for the value, written rgba(r, g, b, a).");

    // parsed colors, kept until a parameter text changes
    private String minText;
    private String maxText;
    private float[] minHsb;
    private float[] maxHsb;
    private double minAlpha;
    private double maxAlpha;

    @Override
    public void initialize() {
        checkRange();
        colors();
    }

    @Override
    public void sendOutput() {
        double x = in.getDouble();
        if (Double.isNaN(x)) {
            return;
        }
        checkRange();
        colors();
        double xMin = minValue.getDouble();
        double xMax = maxValue.getDouble();
        float ratio = (float) ((x - xMin) / (xMax - xMin));
        ratio = Math.min(Math.max(ratio, 0f), 1f);
        float hue = hue(minHsb[0], maxHsb[0], ratio);
        float sat = between(minHsb[1], maxHsb[1], ratio);
        float bri = between(minHsb[2], maxHsb[2], ratio);
        double alpha = between((float) minAlpha, (float) maxAlpha, ratio);
        color.send(Rgba.fromHsb(hue, sat, bri, Math.min(1, Math.max(0, alpha))).text());
    }

    private void checkRange() {
        double lo = minValue.getDouble();
        double hi = maxValue.getDouble();
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo == hi) {
            throw new ModuleException("minValue and maxValue must be two different finite numbers, not "
                + minValue.getString() + " and " + maxValue.getString());
        }
    }

    private void colors() {
        String lo = minColor.getString();
        String hi = maxColor.getString();
        if (!lo.equals(minText)) {
            Rgba c = Rgba.parse(lo, "minColor");
            minHsb = c.hsb();
            minAlpha = c.alpha();
            minText = lo;
        }
        if (!hi.equals(maxText)) {
            Rgba c = Rgba.parse(hi, "maxColor");
            maxHsb = c.hsb();
            maxAlpha = c.alpha();
            maxText = hi;
        }
    }

    private static float hue(float min, float max, float ratio) {
        if (max - min > 0.5f) {
            return ((min + 1.0f) * (1.0f - ratio) + max * ratio) % 1.0f;
        } else if (min - max > 0.5f) {
            return (min * (1.0f - ratio) + (max + 1.0f) * ratio) % 1.0f;
        }
        return between(min, max, ratio);
    }

    private static float between(float min, float max, float ratio) {
        return min * (1.0f - ratio) + max * ratio;
    }
}
