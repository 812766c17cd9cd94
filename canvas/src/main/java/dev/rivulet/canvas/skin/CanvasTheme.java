package dev.rivulet.canvas.skin;

import dev.rivulet.core.DataType;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Colours and fonts of the canvas. Set in code rather than CSS: the canvas paints thousands of shapes, and a stylesheet
 * lookup per shape per frame is what makes node editors slow; a theme is still one object to swap (light, dark).
 *
 * <p>Usage: {@code new CanvasView(session, ModuleSkins.standard(CanvasTheme.LIGHT))}.
 */
public record CanvasTheme(Color background, Color grid, Color body, Color border, Color header, Color headerText,
                          Color text, Color valueText, Color selection, Color marquee, Color compatible,
                          Color replaces, Color error, Color warning, Map<DataType, Color> portColors,
                          Font titleFont, Font portFont) {

    public static final CanvasTheme LIGHT = new CanvasTheme(
        Color.web("#f4f5f7"), Color.web("#e3e6eb"), Color.web("#ffffff"), Color.web("#c3c9d2"),
        Color.web("#3b4a5e"), Color.web("#ffffff"), Color.web("#27313d"), Color.web("#6b7785"),
        Color.web("#2f80ed"), Color.web("#2f80ed"), Color.web("#1fa64a"), Color.web("#e09b12"),
        Color.web("#d93a3a"), Color.web("#e09b12"), defaultPortColors(),
        Font.font("System", FontWeight.BOLD, 12), Font.font("System", 11));

    /** For dark workspaces: dark surfaces, light text, the same port colours (they read on both). */
    public static final CanvasTheme DARK = new CanvasTheme(
        Color.web("#1b1f24"), Color.web("#262b32"), Color.web("#2b3139"), Color.web("#4a5460"),
        Color.web("#11151a"), Color.web("#e6edf3"), Color.web("#dfe5ec"), Color.web("#9aa6b2"),
        Color.web("#58a6ff"), Color.web("#58a6ff"), Color.web("#3fb950"), Color.web("#d29922"),
        Color.web("#f85149"), Color.web("#d29922"), defaultPortColors(),
        Font.font("System", FontWeight.BOLD, 12), Font.font("System", 11));

    public CanvasTheme {
        portColors = Map.copyOf(portColors);
    }

    public Color portColor(DataType type) {
        return portColors.getOrDefault(type, Color.GRAY);
    }

    private static Map<DataType, Color> defaultPortColors() {
        Map<DataType, Color> m = new EnumMap<>(DataType.class);
        m.put(DataType.DOUBLE, Color.web("#2f80ed"));
        m.put(DataType.BOOLEAN, Color.web("#9b51e0"));
        m.put(DataType.STRING, Color.web("#27ae60"));
        m.put(DataType.MAP, Color.web("#f2994a"));
        m.put(DataType.LIST, Color.web("#eb5757"));
        m.put(DataType.OBJECT, Color.web("#828a96"));
        m.put(DataType.COLOR, Color.web("#e0529c"));
        m.put(DataType.BYTE_ARRAY, Color.web("#56ccf2"));
        m.put(DataType.STREAM, Color.web("#219e9e"));
        m.put(DataType.ETHEREUM_CONTRACT, Color.web("#6c5ce7"));
        return m;
    }
}
