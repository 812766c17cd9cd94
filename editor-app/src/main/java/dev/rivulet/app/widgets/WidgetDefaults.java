package dev.rivulet.app.widgets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * App-wide widget settings, applied where a module's own options say nothing: today the map tile server (a
 * {@code {z}/{x}/{y}} URL template; empty: the bundled offline world map). Read on the FX thread when a widget is made,
 * set from the Preferences dialog.
 *
 * <p>Usage: {@code WidgetViews.create("map", defaults.under(moduleOptions), events);}
 */
public final class WidgetDefaults {
    /** The widget option the tile server fills in (a module's own {@code tileServerUrl} wins). */
    public static final String TILE_SERVER = "tileServerUrl";

    private volatile String tileServerUrl = "";

    public String tileServerUrl() {
        return tileServerUrl;
    }

    /**
     * Sets the map tile server; blank clears it.
     *
     * @throws IllegalArgumentException with {@link #tileServerProblem}'s message when the template is not usable
     */
    public void setTileServerUrl(String template) {
        String t = template == null ? "" : template.strip();
        tileServerProblem(t).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        tileServerUrl = t;
    }

    /** Why a tile server template cannot be used, or empty when it can (a blank one clears the setting). */
    public static Optional<String> tileServerProblem(String template) {
        String t = template == null ? "" : template.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (String part : new String[] {"{z}", "{x}", "{y}"}) {
            if (!t.contains(part)) {
                return Optional.of("the tile server URL needs " + part + " (for example"
                    + " https://tile.example.org/{z}/{x}/{y}.png)");
            }
        }
        try {
            URI uri = new URI(t.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("the tile server URL must start with http:// or https://");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("the tile server URL has no host");
            }
        } catch (URISyntaxException e) {
            return Optional.of("the tile server URL is not a valid URL: " + e.getReason());
        }
        return Optional.empty();
    }

    /** The module's options with these defaults under them (a copy; the module's own values win). */
    public Map<String, Object> under(Map<String, Object> options) {
        Map<String, Object> o = new LinkedHashMap<>(Objects.requireNonNullElse(options, Map.of()));
        String tiles = tileServerUrl;
        if (!tiles.isEmpty() && OptionValues.text(o, TILE_SERVER, "").isBlank()) {
            o.put(TILE_SERVER, tiles);
        }
        return o;
    }
}
