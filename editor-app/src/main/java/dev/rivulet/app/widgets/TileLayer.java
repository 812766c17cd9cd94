package dev.rivulet.app.widgets;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Map tiles from a configured tile server ({@code https://host/{z}/{x}/{y}.png}, the usual slippy-map scheme),
 * fetched off the FX thread and kept in a bounded cache. A tile that is not there yet (or failed) is simply not drawn:
 * the bundled base map underneath shows through.
 */
final class TileLayer {
    private static final Logger LOG = LoggerFactory.getLogger(TileLayer.class);
    private static final int CACHE = 256;
    private static final Object FAILED = new Object();

    private final String template;
    private final HttpClient http;
    private final Runnable onLoaded;
    private final Map<String, Object> tiles = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHE;
        }
    };
    private long loaded;

    /** @param onLoaded called on the FX thread when a tile arrives (redraw) */
    TileLayer(String template, Runnable onLoaded) {
        this.template = template;
        this.onLoaded = onLoaded;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The tile if it is loaded; otherwise starts loading it (once) and returns null. Call on the FX thread. */
    Image tile(int z, int x, int y) {
        String url = template.replace("{z}", Integer.toString(z)).replace("{x}", Integer.toString(x))
            .replace("{y}", Integer.toString(y));
        Object t = tiles.get(url);
        if (t == null && !tiles.containsKey(url)) {
            tiles.put(url, null);
            fetch(url, image -> {
                tiles.put(url, image == null ? FAILED : image);
                if (image != null) {
                    loaded++;
                    onLoaded.run();
                }
            });
        }
        return t instanceof Image image ? image : null;
    }

    private void fetch(String url, Consumer<Image> done) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("User-Agent", "Rivulet").GET().build();
        } catch (IllegalArgumentException e) {
            LOG.warn("Bad tile URL {}: {}", url, e.getMessage());
            done.accept(null);
            return;
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
            Image image = null;
            if (failure != null) {
                LOG.debug("Tile {} not loaded: {}", url, failure.getMessage());
            } else if (response.statusCode() != 200) {
                LOG.debug("Tile {} not loaded: HTTP {}", url, response.statusCode());
            } else {
                image = new Image(new ByteArrayInputStream(response.body()));
                if (image.isError()) {
                    image = null;
                }
            }
            Image result = image;
            Platform.runLater(() -> done.accept(result));
        });
    }

    /** Tiles loaded so far (tests, status). */
    long loaded() {
        return loaded;
    }
}
