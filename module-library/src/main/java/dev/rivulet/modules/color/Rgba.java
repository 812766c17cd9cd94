package dev.rivulet.modules.color;

import dev.rivulet.core.ModuleException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A color as it travels between modules: the text {@code "rgba(r, g, b, a)"} with red, green and blue from 0 to 255
 * and alpha (opacity) from 0 to 1.
 *
 * <p>Why text: it is exactly how Streamr wrote colors (StreamrColor.toString, and the value of every color parameter
 * in a Streamr canvas), it is CSS, so a widget can use it as it is, and it survives JSON, CSV and snapshots unchanged
 * where an object would need a codec. Modules that compute with colors parse it with {@link #parse}.
 *
 * <pre>{@code
 * Rgba c = Rgba.parse("rgb(0, 255, 0)", "minColor");  // alpha defaults to 1
 * String text = c.text();                             // "rgba(0, 255, 0, 1.0)"
 * }</pre>
 */
public record Rgba(int red, int green, int blue, double alpha) {
    private static final Pattern FUNCTION = Pattern.compile(
        "rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*(?:,\\s*([0-9]*\\.?[0-9]+)\\s*)?\\)");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})([0-9a-fA-F]{2})?");

    public Rgba {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("red, green and blue must be from 0 to 255");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be from 0 to 1");
        }
    }

    /**
     * Reads "rgba(r, g, b, a)", "rgb(r, g, b)" (opaque) or "#rrggbb" / "#rrggbbaa". Anything else fails the module
     * with a message naming {@code what} (the parameter or input) and the accepted forms.
     */
    public static Rgba parse(String text, String what) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            Matcher m = FUNCTION.matcher(t);
            if (m.matches()) {
                double a = m.group(4) == null ? 1.0 : Double.parseDouble(m.group(4));
                return new Rgba(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), a);
            }
            m = HEX.matcher(t);
            if (m.matches()) {
                int rgb = Integer.parseInt(m.group(1), 16);
                double a = m.group(2) == null ? 1.0 : Integer.parseInt(m.group(2), 16) / 255.0;
                return new Rgba(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF, Math.round(a * 1000) / 1000.0);
            }
        } catch (IllegalArgumentException e) {
            throw new ModuleException(what + " \"" + text + "\" is not a color: " + e.getMessage());
        }
        throw new ModuleException(what + " \"" + text + "\" is not a color; write rgba(255, 0, 0, 1.0),"
            + " rgb(255, 0, 0) or #ff0000");
    }

    /**
     * The color as Streamr wrote it: "rgba(0, 255, 0, 1.0)". Alpha is rounded to three decimals, so a computed
     * opacity reads 0.7 rather than 0.699999988079071.
     */
    public String text() {
        double a = Math.round(alpha * 1000) / 1000.0;
        return "rgba(" + red + ", " + green + ", " + blue + ", " + a + ")";
    }

    @Override
    public String toString() {
        return text();
    }

    /** Hue, saturation and brightness, each 0..1, computed exactly as java.awt.Color.RGBtoHSB does (Streamr's). */
    float[] hsb() {
        int max = Math.max(red, Math.max(green, blue));
        int min = Math.min(red, Math.min(green, blue));
        float brightness = max / 255.0f;
        float saturation = max != 0 ? (max - min) / (float) max : 0;
        float hue = 0;
        if (saturation != 0) {
            float r = (max - red) / (float) (max - min);
            float g = (max - green) / (float) (max - min);
            float b = (max - blue) / (float) (max - min);
            hue = red == max ? b - g : green == max ? 2.0f + r - b : 4.0f + g - r;
            hue = hue / 6.0f;
            if (hue < 0) {
                hue = hue + 1.0f;
            }
        }
        return new float[] {hue, saturation, brightness};
    }

    /** The opaque color for hue, saturation and brightness, exactly as java.awt.Color.HSBtoRGB computes it. */
    static Rgba fromHsb(float hue, float saturation, float brightness, double alpha) {
        if (saturation == 0) {
            int v = (int) (brightness * 255.0f + 0.5f);
            return new Rgba(v, v, v, alpha);
        }
        float h = (hue - (float) Math.floor(hue)) * 6.0f;
        float f = h - (float) Math.floor(h);
        float p = brightness * (1.0f - saturation);
        float q = brightness * (1.0f - saturation * f);
        float t = brightness * (1.0f - (saturation * (1.0f - f)));
        float r;
        float g;
        float b;
        switch ((int) h) {
            case 0: r = brightness; g = t; b = p; break;
            case 1: r = q; g = brightness; b = p; break;
            case 2: r = p; g = brightness; b = t; break;
            case 3: r = p; g = q; b = brightness; break;
            case 4: r = t; g = p; b = brightness; break;
            default: r = brightness; g = p; b = q; break;
        }
        return new Rgba(channel(r), channel(g), channel(b), alpha);
    }

    private static int channel(float v) {
        return Math.min(255, Math.max(0, (int) (v * 255.0f + 0.5f)));
    }
}
