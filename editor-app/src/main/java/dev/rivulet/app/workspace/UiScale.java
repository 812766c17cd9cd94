package dev.rivulet.app.workspace;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Applies the workspace's UI scale (View > UI Scale: 100, 150, 200%) to a window: the root font size, from which the
 * AtlantaFX theme sizes text, padding and controls in em; the icons (Ikonli sizes them in pixels, so they are set
 * here); the canvases' zoom is scaled by {@link CanvasTabs}.
 *
 * <p>Usage: {@code UiScale.apply(root, menuBar, 2.0);}
 */
final class UiScale {
    /** The choices offered in the View menu. */
    static final List<Double> CHOICES = List.of(1.0, 1.5, 2.0);
    /** AtlantaFX's root font size at 100%. */
    static final double BASE_FONT = 14;
    /** AtlantaFX's icon size at 100% (its stylesheet sets it on every Ikonli icon). */
    static final int BASE_ICON = 18;
    private static final String SHEET = "data:text/css;base64,";

    private UiScale() {
    }

    static String label(double scale) {
        return Math.round(scale * 100) + "%";
    }

    /** The nearest offered choice (a stored value from another version or a typo falls back sensibly). */
    static double nearest(double scale) {
        double best = 1;
        for (double c : CHOICES) {
            if (Math.abs(c - scale) < Math.abs(best - scale)) {
                best = c;
            }
        }
        return best;
    }

    /** Divider positions of the browser | canvas | inspector split at a scale (the side panes widen with text). */
    static double[] sidePanes(double scale) {
        double grow = scale - 1;
        return new double[] {0.18 + 0.08 * grow, 0.77 - 0.1 * grow};
    }

    static void apply(Region root, MenuBar menus, double scale) {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * scale));
        int icon = (int) Math.round(BASE_ICON * scale);
        // the theme sizes icons in its (user-agent) sheet, which a setter does not outlast: an author sheet does
        String css = ".ikonli-font-icon { -fx-icon-size: " + icon + "px; }";
        root.getStylesheets().removeIf(s -> s.startsWith(SHEET));
        root.getStylesheets().add(SHEET + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
        icons(root, icon);
        if (menus != null) {
            // menu pop-ups are windows of their own, outside the root: their items carry the font size themselves
            String font = String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * scale);
            menus.getMenus().forEach(m -> menuItems(m, icon, font));
        }
    }

    private static void icons(Node node, int size) {
        if (node instanceof FontIcon f) {
            f.setIconSize(size);
        }
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                icons(c, size);
            }
        }
        if (node instanceof javafx.scene.control.Labeled l && l.getGraphic() != null) {
            icons(l.getGraphic(), size);
        }
    }

    private static void menuItems(MenuItem item, int size, String font) {
        if (item.getGraphic() != null) {
            icons(item.getGraphic(), size);
        }
        item.setStyle(font);
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> menuItems(i, size, font));
        }
    }
}
